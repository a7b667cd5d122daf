package cn.yanzhen.platform.api;

import cn.yanzhen.platform.validation.Violations.Violation;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A refusal the API reports as problem+json with the given status (404, 409, 412, …). */
public class ProblemException extends RuntimeException {

    private final Response.Status status;
    private final transient List<Violation> errors;

    public ProblemException(Response.Status status, String detail) {
        this(status, detail, List.of());
    }

    public ProblemException(Response.Status status, String detail, List<Violation> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Response.Status.NOT_FOUND, detail);
    }

    /** A 400 naming one bad field. */
    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(Response.Status.BAD_REQUEST, "The request is invalid; nothing was stored.",
                List.of(new Violation(field, message)));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Response.Status.CONFLICT, detail);
    }

    public Response.Status status() {
        return status;
    }

    public List<Violation> errors() {
        return errors;
    }
}
