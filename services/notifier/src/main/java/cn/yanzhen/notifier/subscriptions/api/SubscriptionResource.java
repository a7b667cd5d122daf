package cn.yanzhen.notifier.subscriptions.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.notifier.subscriptions.application.SubscriptionDirectory;
import cn.yanzhen.notifier.subscriptions.application.SubscriptionEditing;
import cn.yanzhen.notifier.subscriptions.domain.Subscription;
import cn.yanzhen.notifier.subscriptions.domain.SubscriptionDraft;
import cn.yanzhen.notifier.subscriptions.domain.SubscriptionRules;
import cn.yanzhen.notifier.subscriptions.persistence.SubscriptionEntity;
import cn.yanzhen.platform.api.JsonFieldReader;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.security.Access;
import cn.yanzhen.platform.security.Actor;
import cn.yanzhen.platform.security.CurrentActor;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.platform.validation.Violations;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/subscriptions")
@RolesAllowed({Roles.REGIONAL_OFFICE, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions", description = "Who gets which alerts of which region, event and industry, and how")
public class SubscriptionResource {

    private static final Set<String> FIELDS = Set.of("alertCodes", "regionCode", "eventCode", "industryCode",
            "channel", "target", "secret", "language", "digestAt");
    private static final int MAX_TEXT = 2_000;

    private final SubscriptionRules rules;
    private final SubscriptionEditing editing;
    private final SubscriptionDirectory directory;
    private final Access access;
    private final CurrentActor actors;
    private final RegionDirectory regions;

    SubscriptionResource(SubscriptionRules rules, SubscriptionEditing editing, SubscriptionDirectory directory,
                         Access access, CurrentActor actors, RegionDirectory regions) {
        this.rules = rules;
        this.editing = editing;
        this.directory = directory;
        this.access = access;
        this.actors = actors;
        this.regions = regions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe an address or a group robot to alerts", description = "An office subscribes "
            + "inside its own region only (403 elsewhere); a subscription without regionCode covers the whole "
            + "country and is for admins. 400 names each bad field and stores nothing.")
    public Response add(JsonNode body) {
        Violations violations = new Violations();
        SubscriptionDraft draft = read(body, violations);
        Subscription subscription = rules.check(draft, violations).orElse(null);
        violations.throwIfAny("The subscription is invalid; nothing was stored.");
        Actor actor = requireManager(draft.regionCode());
        SubscriptionEntity added = editing.add(subscription, actor.subject());
        return Response.created(URI.create("/api/subscriptions/" + added.id)).entity(SubscriptionView.of(added))
                .build();
    }

    @GET
    @Operation(summary = "The subscriptions the caller may manage: all for an admin, its region's for an office")
    public List<SubscriptionView> list() {
        Actor actor = actors.caller().orElseThrow();
        return directory.entries().stream().filter(entry -> mayManage(actor, entry.regionCode))
                .map(SubscriptionView::of).toList();
    }

    @GET
    @Path("{id}")
    public SubscriptionView get(@PathParam("id") String id) {
        SubscriptionEntity entry = existing(id);
        requireManager(entry.regionCode);
        return SubscriptionView.of(entry);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Unsubscribe; messages still owed to it are not sent")
    public Response remove(@PathParam("id") String id) {
        SubscriptionEntity entry = existing(id);
        requireManager(entry.regionCode);
        editing.remove(entry);
        return Response.noContent().build();
    }

    private SubscriptionDraft read(JsonNode body, Violations violations) {
        JsonFieldReader fields = new JsonFieldReader(body, FIELDS, violations);
        return new SubscriptionDraft(fields.textList("alertCodes", 50), fields.text("regionCode", 12),
                fields.text("eventCode", 64), fields.text("industryCode", 12), fields.text("channel", 16),
                fields.text("target", MAX_TEXT), fields.text("secret", 256), fields.text("language", 8),
                fields.text("digestAt", 8));
    }

    private Actor requireManager(String regionCode) {
        if (regionCode == null) {
            Actor actor = actors.caller().orElseThrow();
            if (!actor.isAdmin()) {
                throw new ProblemException(Response.Status.FORBIDDEN, "A subscription without regionCode covers "
                        + "the whole country; only an admin may manage one.");
            }
            return actor;
        }
        return access.requireRegion(regionCode, "The subscription");
    }

    private boolean mayManage(Actor actor, String regionCode) {
        return actor.isAdmin() || (regionCode != null && actor.mayWriteInRegion(regionCode, regions));
    }

    private SubscriptionEntity existing(String id) {
        try {
            return directory.entry(UUID.fromString(id))
                    .orElseThrow(() -> ProblemException.notFound("No subscription has id " + id + "."));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No subscription has id " + id + ".");
        }
    }
}
