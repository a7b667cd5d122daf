package cn.yanzhen.tracking.keyprojects.domain;

import java.util.List;

/** A key project's plan (一项一策) as a regional office sends it: the landing officer and the approvals (§4.9). */
public record KeyPlanRequest(String officer, List<PlannedApproval> approvals) {

    public KeyPlanRequest {
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
    }
}
