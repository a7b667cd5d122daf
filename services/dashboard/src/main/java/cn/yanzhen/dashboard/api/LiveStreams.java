package cn.yanzhen.dashboard.api;

import cn.yanzhen.platform.api.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The open live streams, each with the session (the token the page's cookie holds) it belongs to: at
 * most so many per session and in all, each ended at its token's expiry or when its session signs out
 * (docs/contract.md §7.8).
 */
@ApplicationScoped
@Startup // so its gauge reads 0 before the first stream
public class LiveStreams {

    private record OpenStream(String session, Sse sse, ScheduledFuture<?> expiry) {
    }

    private final Map<SseEventSink, OpenStream> open = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor expiries = new ScheduledThreadPoolExecutor(1,
            runnable -> new Thread(runnable, "dashboard-session-expiry"));
    private final Clock clock;
    private final int perSession;
    private final int total;
    private final Counter refusedPerSession;
    private final Counter refusedInTotal;

    LiveStreams(Clock clock, MeterRegistry meters,
                @ConfigProperty(name = "yanzhen.dashboard.live.streams-per-session") int perSession,
                @ConfigProperty(name = "yanzhen.dashboard.live.streams") int total) {
        this.clock = clock;
        this.perSession = perSession;
        this.total = total;
        expiries.setRemoveOnCancelPolicy(true);
        Gauge.builder("yanzhen.dashboard.live.streams", open, Map::size)
                .description("live streams open now").register(meters);
        refusedPerSession = refused(meters, "session");
        refusedInTotal = refused(meters, "total");
    }

    void stop(@Observes ShutdownEvent event) {
        expiries.shutdownNow();
    }

    /** Counts the stream against the caps (429 past one) and schedules its end at the token's expiry. */
    synchronized void admit(SseEventSink sink, Sse sse, JsonWebToken token) {
        String session = token.getRawToken();
        // The token check tolerates a minute of clock skew; a session that has ended stays ended.
        Duration left = Duration.between(clock.instant(), Instant.ofEpochSecond(token.getExpirationTime()));
        if (left.isNegative() || left.isZero()) {
            throw new ProblemException(Response.Status.UNAUTHORIZED, "The session has expired; sign in again.");
        }
        if (ofSession(session).size() >= perSession) {
            refusedPerSession.increment();
            throw new ProblemException(Response.Status.TOO_MANY_REQUESTS, "This session already has " + perSession
                    + " live streams open, the most one session may have; close one (a tab) first.");
        }
        if (open.size() >= total) {
            refusedInTotal.increment();
            throw new ProblemException(Response.Status.TOO_MANY_REQUESTS, "The dashboard already serves " + total
                    + " live streams, the most it serves at once; try again later.");
        }
        ScheduledFuture<?> expiry = expiries.schedule(() -> end(sink, SessionEnd.EXPIRED), left.toMillis(),
                TimeUnit.MILLISECONDS);
        open.put(sink, new OpenStream(session, sse, expiry));
    }

    /** Frees the stream's slot, whoever closed it. */
    void release(SseEventSink sink) {
        OpenStream stream = open.remove(sink);
        if (stream != null) {
            stream.expiry().cancel(false);
        }
    }

    /** Ends every open stream of the token's session. */
    void endSession(JsonWebToken token, SessionEnd why) {
        ofSession(token.getRawToken()).forEach(sink -> end(sink, why));
    }

    private List<SseEventSink> ofSession(String session) {
        return open.entrySet().stream().filter(stream -> stream.getValue().session().equals(session))
                .map(Map.Entry::getKey).toList();
    }

    private void end(SseEventSink sink, SessionEnd why) {
        OpenStream stream = open.get(sink);
        if (stream == null) {
            return;
        }
        try {
            sink.send(stream.sse().newEventBuilder().name(SessionEnd.EVENT_NAME)
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(why.data()).build());
        } catch (IllegalStateException closedMeanwhile) {
            // the page went away on its own: nothing to tell it
        } finally {
            sink.close();
            release(sink);
        }
    }

    private static Counter refused(MeterRegistry meters, String cap) {
        return Counter.builder("yanzhen.dashboard.live.refused").tag("cap", cap)
                .description("live streams refused because a cap was reached").register(meters);
    }
}
