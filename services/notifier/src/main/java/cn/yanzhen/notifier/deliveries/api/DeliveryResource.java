package cn.yanzhen.notifier.deliveries.api;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.notifier.deliveries.api.AlertDeliveriesView.AttemptView;
import cn.yanzhen.notifier.deliveries.api.AlertDeliveriesView.DeliveryView;
import cn.yanzhen.notifier.deliveries.application.DeliveryLog;
import cn.yanzhen.notifier.deliveries.application.DeliveryLog.AlertDeliveries;
import cn.yanzhen.notifier.deliveries.persistence.AttemptEntity;
import cn.yanzhen.notifier.deliveries.persistence.DeliveryEntity;
import cn.yanzhen.notifier.subscriptions.persistence.SubscriptionEntity;
import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.security.Actor;
import cn.yanzhen.platform.security.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/alerts")
@RolesAllowed({Roles.REGIONAL_OFFICE, Roles.MONITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries", description = "What became of each alert: sent, pending or failed, and why")
public class DeliveryResource {

    private final DeliveryLog log;
    private final CurrentActor actors;
    private final RegionDirectory regions;

    DeliveryResource(DeliveryLog log, CurrentActor actors, RegionDirectory regions) {
        this.log = log;
        this.actors = actors;
        this.regions = regions;
    }

    @GET
    @Path("{alertId}/deliveries")
    @Operation(summary = "The delivery log of an alert (its ce_id)", description = "Each subscription it was owed "
            + "to, with every try; an office sees the deliveries to its own region's subscriptions.")
    public AlertDeliveriesView deliveries(@PathParam("alertId") String alertId) {
        AlertDeliveries found = log.of(alertId)
                .orElseThrow(() -> ProblemException.notFound("No alert has id " + alertId + "."));
        Actor actor = actors.caller().orElseThrow();
        Map<Long, List<AttemptView>> attempts = found.attempts().stream().collect(Collectors.groupingBy(
                attempt -> attempt.deliveryId, Collectors.mapping(DeliveryResource::view, Collectors.toList())));
        List<DeliveryView> deliveries = found.deliveries().stream()
                .filter(delivery -> visible(actor, found.subscriptions().get(delivery.subscriptionId)))
                .map(delivery -> view(delivery, found.subscriptions().get(delivery.subscriptionId),
                        attempts.getOrDefault(delivery.id, List.of())))
                .toList();
        return new AlertDeliveriesView(found.alert().alertId, found.alert().code, found.alert().subject,
                found.alert().raisedAt, found.alert().routed, deliveries);
    }

    private boolean visible(Actor actor, SubscriptionEntity subscription) {
        if (actor.isAdmin() || actor.has(Roles.MONITOR)) {
            return true;
        }
        return subscription != null && subscription.regionCode != null
                && actor.mayWriteInRegion(subscription.regionCode, regions);
    }

    private static DeliveryView view(DeliveryEntity delivery, SubscriptionEntity subscription, List<AttemptView> log) {
        return new DeliveryView(delivery.id, delivery.subscriptionId, subscription == null ? null : subscription.channel,
                subscription == null ? null : withoutQuery(subscription.target), delivery.status, delivery.attempts,
                delivery.nextAttemptAt, delivery.sentAt, delivery.lastError, log);
    }

    // a robot's webhook carries its access token in the query: the log, which monitors read, leaves it out
    private static String withoutQuery(String target) {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    private static AttemptView view(AttemptEntity attempt) {
        return new AttemptView(attempt.attemptedAt, attempt.succeeded, attempt.error);
    }
}
