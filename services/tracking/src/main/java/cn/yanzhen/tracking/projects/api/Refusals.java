package cn.yanzhen.tracking.projects.api;

import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.tracking.projects.domain.ReportRefused;
import jakarta.ws.rs.core.Response;

/** The HTTP answer to a refused report or verdict. */
public final class Refusals {

    private Refusals() {
    }

    public static ProblemException problem(ReportRefused refused) {
        return switch (refused.reason()) {
            case UNKNOWN_PROJECT -> ProblemException.notFound(refused.getMessage());
            case CONFLICT -> ProblemException.conflict(refused.getMessage());
            case NOT_ALLOWED -> new ProblemException(Response.Status.FORBIDDEN, refused.getMessage());
        };
    }
}
