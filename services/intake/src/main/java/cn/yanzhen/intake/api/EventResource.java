package cn.yanzhen.intake.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.intake.application.EventRegistration;
import cn.yanzhen.intake.domain.EventRules;
import cn.yanzhen.intake.domain.EventSubmission;
import cn.yanzhen.intake.persistence.EventStore;
import cn.yanzhen.platform.api.JsonFieldReader;
import cn.yanzhen.platform.api.Page;
import cn.yanzhen.platform.api.PageRequest;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.persistence.UniqueKeyConflicts;
import cn.yanzhen.platform.security.Access;
import cn.yanzhen.platform.security.Actor;
import cn.yanzhen.platform.validation.Violations;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/events")
@RolesAllowed({Roles.ORGANISER, Roles.REGIONAL_OFFICE, Roles.VERIFIER, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Matchmaking events (产业转移发展对接活动)")
public class EventResource {

    private static final Set<String> FIELDS = Set.of("code", "name", "hostRegion", "city", "startDate", "endDate");

    private final EventStore events;
    private final EventRegistration registration;
    private final EventRules rules;
    private final Access access;

    EventResource(EventStore events, EventRegistration registration, EventRules rules, Access access) {
        this.events = events;
        this.registration = registration;
        this.rules = rules;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an event", description = "201 when new, 200 when the identical event exists, "
            + "409 when the code is taken by a different event. The caller's organisation (token claim 'org') "
            + "owns the event; 403 when another organisation owns the code.")
    @RequestBody(content = @Content(schema = @Schema(implementation = EventSubmission.class)))
    @RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
    public Response create(JsonNode body) {
        Actor actor = access.requireOrganisation();
        Violations violations = new Violations();
        JsonFieldReader fields = new JsonFieldReader(body, FIELDS, violations);
        EventSubmission event = new EventSubmission(fields.text("code"), fields.text("name"),
                fields.text("hostRegion"), fields.text("city"), fields.date("startDate"), fields.date("endDate"));
        rules.check(event, violations);
        violations.throwIfAny("The event is invalid; nothing was stored.");
        return UniqueKeyConflicts.retryOnce(() -> events.find(event.code())
                .map(existing -> {
                    access.requireOwner(existing.organiser, "Event " + existing.code);
                    if (!existing.toSubmission().equals(event)) {
                        throw ProblemException.conflict("Event code " + event.code()
                                + " is already used by a different event.");
                    }
                    return Response.ok(EventView.of(existing)).build();
                })
                .orElseGet(() -> Response.created(URI.create("/api/events/" + event.code()))
                        .entity(EventView.of(registration.register(event, actor.org()))).build()));
    }

    @GET
    @Operation(summary = "List events, latest first")
    public Page<EventView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        return events.page(request.page(), request.size()).map(EventView::of);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One event")
    public EventView get(@PathParam("code") String code) {
        return events.find(code).map(EventView::of)
                .orElseThrow(() -> ProblemException.notFound("No matchmaking event has code " + code + "."));
    }
}
