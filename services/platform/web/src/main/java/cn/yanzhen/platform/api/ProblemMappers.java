package cn.yanzhen.platform.api;

import cn.yanzhen.platform.validation.ValidationException;
import cn.yanzhen.platform.validation.Violations.Violation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a request into RFC 9457 problem+json: validation (400 naming each field),
 * unreadable JSON (400 naming the field where it can), refusals (their status), and anything
 * unexpected (500, logged, with no internals in the body).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        return Problems.response(400, e.getMessage(), e.violations(), uri);
    }

    @ServerExceptionMapper
    public Response refusal(ProblemException e, UriInfo uri) {
        return Problems.response(e.status().getStatusCode(), e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return challenge(Problems.response(401, "The bearer token is not valid: expired, not yet valid, not "
                + "signed by a key this service trusts, or issued for another service (audience).", List.of(), uri),
                "Bearer error=\"invalid_token\"");
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return challenge(Problems.response(401, "This request needs a bearer token (Authorization: Bearer ...).",
                List.of(), uri), "Bearer");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(403, "Your token's roles (claim 'groups') do not allow this request.", List.of(),
                uri);
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, UriInfo uri) {
        List<Violation> errors = e.getConstraintViolations().stream()
                .map(violation -> new Violation(leafName(violation), violation.getMessage()))
                .toList();
        return Problems.response(400, "The request has invalid parameters.", errors, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unrecognized(UnrecognizedPropertyException e, UriInfo uri) {
        return Problems.response(400, "The request has a field this API does not know.",
                List.of(new Violation(path(e), "unknown field")), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        String field = path(e);
        if (field.isEmpty()) {
            return Problems.response(400, "The request body does not have the expected shape.", List.of(), uri);
        }
        return Problems.response(400, "The request has a field of the wrong type.",
                List.of(new Violation(field, "has the wrong type")), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr();
        return Problems.response(400, "The request body is not valid JSON" + where + ".", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return Problems.response(status, "The server could not complete the request.", List.of(), uri);
        }
        return Problems.response(status, e.getMessage(), List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("request failed unexpectedly", e);
        return Problems.response(500, "The server could not complete the request.", List.of(), uri);
    }

    private static Response challenge(Response problem, String challenge) {
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String leafName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
