package cn.yanzhen.tracking.api;

import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.tracking.domain.ReportRefused;
import jakarta.ws.rs.core.Response;

/** The HTTP answer to a refused report or verdict. */
final class Refusals {

    private Refusals() {
    }

    static ProblemException problem(ReportRefused refused) {
        return switch (refused.reason()) {
            case UNKNOWN_PROJECT -> ProblemException.notFound(refused.getMessage());
            case CONFLICT -> ProblemException.conflict(refused.getMessage());
            case NOT_ALLOWED -> new ProblemException(Response.Status.FORBIDDEN, refused.getMessage());
        };
    }
}
