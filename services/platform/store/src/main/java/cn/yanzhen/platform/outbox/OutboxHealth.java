package cn.yanzhen.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Health of the outbox relay: alive while its thread runs, ready while events leave the outbox in time. */
@ApplicationScoped
class OutboxHealth {

    private static final String NAME = "outbox relay";

    @Produces
    @Liveness
    HealthCheck relayRuns(OutboxRelay relay) {
        return () -> HealthCheckResponse.named(NAME)
                .status(!relay.enabled() || relay.alive())
                .withData("enabled", relay.enabled())
                .build();
    }

    @Produces
    @Readiness
    HealthCheck eventsLeaveInTime(OutboxRelay relay) {
        // asked whether this instance's relay runs or not: what matters is whether the events leave
        return () -> {
            Optional<Duration> oldest = relay.oldestUnsentAge();
            Duration age = oldest.orElse(Duration.ZERO);
            return HealthCheckResponse.named(NAME)
                    .status(age.compareTo(relay.maxUnsentAge()) <= 0)
                    .withData("oldestUnsentSeconds", age.toSeconds())
                    .withData("maxUnsentSeconds", relay.maxUnsentAge().toSeconds())
                    .build();
        };
    }
}
