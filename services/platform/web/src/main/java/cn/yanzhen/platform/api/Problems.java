package cn.yanzhen.platform.api;

import cn.yanzhen.platform.validation.Violations.Violation;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds problem+json responses the same way for every mapper. */
final class Problems {

    private Problems() {
    }

    static Response response(int status, String detail, List<Violation> errors, UriInfo uri) {
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Problem problem = new Problem("about:blank", title, status, detail, instance,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
