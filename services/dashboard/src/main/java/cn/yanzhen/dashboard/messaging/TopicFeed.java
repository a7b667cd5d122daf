package cn.yanzhen.dashboard.messaging;

import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.contracts.chain.IndustrialChain;
import cn.yanzhen.contracts.park.Park;
import cn.yanzhen.contracts.pipeline.Lead;
import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.dashboard.domain.FeedAlert;
import cn.yanzhen.dashboard.domain.ReadModel;
import cn.yanzhen.platform.messaging.IncomingEvent;
import cn.yanzhen.platform.messaging.IncomingEvents;
import cn.yanzhen.platform.messaging.PoisonRecordException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The topics the screen shows, into the read model at each start (the dashboard commits no offsets): the compacted
 * figures, capacities, pipeline, parks and chains from the beginning, the alerts from the newest {@link AlertWindow}
 * keeps. Nothing it reads grows with the number of signings; the pipeline grows with the leads, one record each once
 * compacted, as parks and chains do with theirs. A record that is not an event of the contract is skipped: its
 * owner's consumers have already sent it to the dead-letter topic, and the screen must not stop for it.
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

    @Incoming("pipeline")
    public void onLead(ConsumerRecord<String, String> record) {
        read(record, Lead.class, event -> model.lead(event.payload()));
    }

    @Incoming("parks")
    public void onPark(ConsumerRecord<String, String> record) {
        read(record, Park.class, event -> model.park(event.payload()));
    }

    @Incoming("chains")
    public void onChain(ConsumerRecord<String, String> record) {
        read(record, IndustrialChain.class, event -> model.chain(event.payload()));
    }

    @Incoming("alerts")
    public void onAlert(ConsumerRecord<String, String> record) {
        read(record, Alert.class, event -> model.alert(new FeedAlert(event.eventId(), event.payload())));
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
