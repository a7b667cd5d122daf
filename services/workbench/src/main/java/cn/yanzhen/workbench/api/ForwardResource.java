package cn.yanzhen.workbench.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.workbench.domain.Upstreams;
import io.quarkus.oidc.AccessTokenCredential;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The pages' calls, forwarded to the services' public APIs with the signed-in person's own access token (which
 * only the server holds), status, headers that matter and body streamed back unchanged, problem+json included:
 * every rule, scope, audit entry and event stays the service's.
 */
@Path("/api/{service: intake|capacity|matching|tracking|notifier}/{path: .+}")
// Anyone with a role of §1: what each may do is the services' answer to the forwarded token, not the page's.
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Consumes("*/*")
@Tag(name = "Forwarding", description = "The services' public APIs with the session's token")
public class ForwardResource {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private final Upstreams upstreams;
    private final AccessTokenCredential token;
    private final Duration timeout;

    ForwardResource(Upstreams upstreams, AccessTokenCredential token,
                    @ConfigProperty(name = "yanzhen.workbench.upstream-timeout") Duration timeout) {
        this.upstreams = upstreams;
        this.token = token;
        this.timeout = timeout;
    }

    @GET
    @Operation(summary = "GET the service's /api/{path}")
    public Response get(@PathParam("service") String service, @PathParam("path") String path,
                        @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("GET", service, path, uri, headers, null);
    }

    @POST
    @Operation(summary = "POST the body to the service's /api/{path}")
    public Response post(@PathParam("service") String service, @PathParam("path") String path,
                         @Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        return forward("POST", service, path, uri, headers, body);
    }

    @PUT
    @Operation(summary = "PUT the body to the service's /api/{path}")
    public Response put(@PathParam("service") String service, @PathParam("path") String path,
                        @Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        return forward("PUT", service, path, uri, headers, body);
    }

    @PATCH
    @Operation(summary = "PATCH the service's /api/{path} with the body")
    public Response patch(@PathParam("service") String service, @PathParam("path") String path,
                          @Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        return forward("PATCH", service, path, uri, headers, body);
    }

    @DELETE
    @Operation(summary = "DELETE the service's /api/{path}")
    public Response delete(@PathParam("service") String service, @PathParam("path") String path,
                           @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("DELETE", service, path, uri, headers, null);
    }

    private Response forward(String method, String service, String path, UriInfo uri, HttpHeaders headers,
                             InputStream body) {
        URI target = upstreams.target(service, path, uri.getRequestUri().getRawQuery())
                .orElseThrow(() -> ProblemException.notFound("no such API: " + service + "/" + path));
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(timeout)
                .header("Authorization", "Bearer " + token.getToken())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofInputStream(() -> body));
        headers.getRequestHeaders().forEach((name, values) -> {
            if (Upstreams.forwardsRequestHeader(name)) {
                values.forEach(value -> request.header(name, value));
            }
        });
        HttpResponse<InputStream> answer = send(request.build(), service);
        Response.ResponseBuilder response = Response.status(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
            if (Upstreams.returnsResponseHeader(name)) {
                values.forEach(value -> response.header(name, value));
            }
        });
        StreamingOutput stream = output -> {
            try (InputStream in = answer.body()) {
                in.transferTo(output);
            }
        };
        return response.entity(stream).build();
    }

    private static HttpResponse<InputStream> send(HttpRequest request, String service) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new ProblemException(Response.Status.BAD_GATEWAY, service + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(Response.Status.SERVICE_UNAVAILABLE, "interrupted while calling " + service);
        }
    }
}
