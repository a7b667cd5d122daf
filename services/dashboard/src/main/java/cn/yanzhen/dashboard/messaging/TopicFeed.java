package cn.yanzhen.dashboard.messaging;

import cn.yanzhen.contracts.CloudEventHeaders;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.contracts.matching.SigningMatched;
import cn.yanzhen.contracts.signing.RepeatLinkChanged;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.tracking.ProjectProgressed;
import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.dashboard.domain.FeedAlert;
import cn.yanzhen.dashboard.domain.ReadModel;
import cn.yanzhen.platform.messaging.IncomingEvent;
import cn.yanzhen.platform.messaging.IncomingEvents;
import cn.yanzhen.platform.messaging.PoisonRecordException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Every topic the screen shows, read from the beginning at each start (the dashboard commits no
 * offsets), into the read model. A record that is not an event of the contract is skipped: its owner's
 * consumers have already sent it to the dead-letter topic, and the screen must not stop for it.
 */
@ApplicationScoped
public class TopicFeed {

    private static final Logger LOG = Logger.getLogger(TopicFeed.class);

    private final IncomingEvents events;
    private final ReadModel model;

    TopicFeed(IncomingEvents events, ReadModel model) {
        this.events = events;
        this.model = model;
    }

    @Incoming("stats")
    public void onStats(ConsumerRecord<String, String> record) {
        read(record, Stats.class, event -> model.stats(event.payload()));
    }

    @Incoming("region-capacity")
    public void onCapacity(ConsumerRecord<String, String> record) {
        read(record, RegionCapacity.class, event -> model.capacity(event.payload()));
    }

    @Incoming("alerts")
    public void onAlert(ConsumerRecord<String, String> record) {
        read(record, Alert.class, event -> model.alert(new FeedAlert(event.eventId(), event.payload())));
    }

    @Incoming("signings")
    public void onSigning(ConsumerRecord<String, String> record) {
        if (EventTypes.SIGNING_REPEAT_CHANGED.equals(typeOf(record))) {
            read(record, RepeatLinkChanged.class, event -> model.repeatChanged(event.payload()));
            return;
        }
        read(record, Signing.class, event -> {
            if (EventTypes.SIGNING_REGISTERED.equals(event.type())) {
                model.registered(event.payload());
            } else {
                model.withdrawn(event.payload());
            }
        });
    }

    @Incoming("matches")
    public void onMatch(ConsumerRecord<String, String> record) {
        read(record, SigningMatched.class, event -> model.matched(event.payload()));
    }

    /** Verifiers' verdicts share the topic; the dashboard's figures of them come from yanzhen.stats. */
    @Incoming("project-progress")
    public void onProgress(ConsumerRecord<String, String> record) {
        if (EventTypes.REPORT_VERIFIED.equals(typeOf(record))) {
            return;
        }
        read(record, ProjectProgressed.class, event -> model.progressed(event.payload()));
    }

    private static String typeOf(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        return type == null ? null : new String(type.value(), StandardCharsets.UTF_8);
    }

    private <T> void read(ConsumerRecord<String, String> record, Class<T> type, Consumer<IncomingEvent<T>> apply) {
        IncomingEvent<T> event;
        try {
            event = events.read(record, type);
        } catch (PoisonRecordException e) {
            LOG.warnf("skipped %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            return;
        }
        apply.accept(event);
    }
}
