package cn.yanzhen.dashboard.api;

import cn.yanzhen.dashboard.domain.DashboardTables;
import cn.yanzhen.dashboard.domain.Overview;
import cn.yanzhen.dashboard.domain.ReadModel;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * The live stream behind every open page. A burst of records becomes at most one picture per tick
 * (a few a second), so neither the server nor the page renders thousands of updates; a page that
 * (re)connects gets the current picture first, so nothing stale stays on its screen.
 */
@ApplicationScoped
public class LiveFeed {

    static final String EVENT_NAME = "overview";

    private final ReadModel model;
    private final DashboardTables tables;
    private final ObjectMapper json;
    private Sse sse;
    private SseBroadcaster broadcaster;
    private long sentVersion = -1;

    LiveFeed(ReadModel model, DashboardTables tables, ObjectMapper json) {
        this.model = model;
        this.tables = tables;
        this.json = json;
    }

    synchronized void join(SseEventSink sink, Sse context) {
        if (broadcaster == null) {
            sse = context;
            broadcaster = context.newBroadcaster();
        }
        sink.send(event(Overview.of(model, tables)));
        broadcaster.register(sink);
    }

    @Scheduled(every = "${yanzhen.dashboard.live-tick:100ms}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
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
