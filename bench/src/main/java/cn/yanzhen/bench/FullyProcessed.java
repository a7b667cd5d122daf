package cn.yanzhen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;

/**
 * What a user sees once an event's signings are through the chain: every signing has a verdict in
 * matching, a tracked project counted to the yuan in the event's figures, and — where the verdict
 * reserves — a reservation in capacity.
 */
final class FullyProcessed {

    private final Clients clients;
    private final StageLag lag;
    private final long reservationsBefore;

    private FullyProcessed(Clients clients, StageLag lag, long reservationsBefore) {
        this.clients = clients;
        this.lag = lag;
        this.reservationsBefore = reservationsBefore;
    }

    /** Takes the reservation count before the load, so that the load's own can be told apart. */
    static FullyProcessed startingNow(Clients clients, StageLag lag) {
        return new FullyProcessed(clients, lag, reservations(clients));
    }

    /** Waits until the event shows {@code signings} signings for {@code yuan}, all matched and reserved. */
    void await(String event, int signings, long yuan, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        long nextProgress = System.nanoTime();
        while (true) {
            JsonNode stats = clients.tracking().get("/api/stats?event=" + event);
            long tracked = stats.at("/signed/count").asLong();
            long withVerdict = 0;
            for (JsonNode count : stats.path("byVerdict")) {
                withVerdict += count.asLong();
            }
            long mismatched = stats.at("/byVerdict/MISMATCH").asLong();
            String now = "tracked " + tracked + ", with a verdict " + withVerdict;
            if (tracked == signings && withVerdict == signings && stats.at("/signed/investmentYuan").asLong() == yuan) {
                long matched = clients.matching().get("/api/matches?event=" + event + "&size=1").path("total").asLong();
                long reserved = reservations(clients) - reservationsBefore;
                now += ", matched " + matched + ", reserved " + reserved;
                if (matched == signings && reserved == signings - mismatched) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(event + " not fully processed after " + timeoutSeconds + " s: " + now);
            }
            if (System.nanoTime() >= nextProgress) {
                System.out.println("    " + event + ": " + now + "; " + lag.describe());
                nextProgress = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private static long reservations(Clients clients) {
        long total = 0;
        for (String region : BenchEvent.DESTINATIONS) {
            total += clients.capacity().get("/api/regions/" + region + "/reservations?size=1").path("total").asLong();
        }
        return total;
    }
}
