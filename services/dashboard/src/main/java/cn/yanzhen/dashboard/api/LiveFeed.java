package cn.yanzhen.dashboard.api;

import cn.yanzhen.dashboard.domain.DashboardTables;
import cn.yanzhen.dashboard.domain.Overview;
import cn.yanzhen.dashboard.domain.ReadModel;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The live stream behind every open page. A burst of records becomes at most one picture per tick
 * (a few a second), so neither the server nor the page renders thousands of updates; a page that
 * (re)connects gets the current picture first, so nothing stale stays on its screen.
 */
@ApplicationScoped
public class LiveFeed {

    static final String EVENT_NAME = "overview";
    private static final Logger LOG = Logger.getLogger(LiveFeed.class);

    private final ReadModel model;
    private final DashboardTables tables;
    private final LiveStreams streams;
    private final ObjectMapper json;
    private final Duration tick;
    private ScheduledExecutorService ticker;
    private Sse sse;
    private SseBroadcaster broadcaster;
    private long sentVersion = -1;

    LiveFeed(ReadModel model, DashboardTables tables, LiveStreams streams, ObjectMapper json,
             @ConfigProperty(name = "yanzhen.dashboard.live-tick", defaultValue = "100ms") Duration tick) {
        this.model = model;
        this.tables = tables;
        this.streams = streams;
        this.json = json;
        this.tick = tick;
    }

    /** Its own timer: Quarkus's scheduler fires at most once a second, too coarse for a live screen. */
    void start(@Observes StartupEvent event) {
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "dashboard-live-feed"));
        ticker.scheduleWithFixedDelay(this::tickSafely, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        ticker.shutdownNow();
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.warn("the live feed could not send the overview", e);
        }
    }

    /** Past a cap the stream is refused before anything is sent (docs/contract.md §7.8). */
    synchronized void join(SseEventSink sink, Sse context, JsonWebToken token) {
        if (broadcaster == null) {
            sse = context;
            broadcaster = context.newBroadcaster();
            broadcaster.onClose(streams::release);
        }
        streams.admit(sink, context, token);
        try {
            sink.send(event(Overview.of(model, tables)));
            broadcaster.register(sink);
        } catch (RuntimeException e) {
            sink.close();
            streams.release(sink);
            throw e;
        }
        if (sink.isClosed()) {
            // gone before it was registered, so the broadcaster will never report it closed
            streams.release(sink);
        }
    }

    synchronized void tick() {
        if (broadcaster == null || model.version() == sentVersion) {
            return;
        }
        Overview overview = Overview.of(model, tables);
        sentVersion = overview.version();
        broadcaster.broadcast(event(overview));
    }

    private OutboundSseEvent event(Overview overview) {
        try {
            return sse.newEventBuilder().name(EVENT_NAME).id(Long.toString(overview.version()))
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(json.writeValueAsString(overview)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the overview cannot be written as JSON", e);
        }
    }
}
