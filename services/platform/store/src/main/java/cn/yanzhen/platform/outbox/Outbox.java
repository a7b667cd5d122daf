package cn.yanzhen.platform.outbox;

import cn.yanzhen.platform.security.CurrentActor;
import cn.yanzhen.platform.tracing.Tracing;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Records events in the caller's transaction, so the state change and the events it causes commit
 * together or not at all; {@link OutboxRelay} publishes them after the commit.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final CurrentActor actors;
    private final Tracing tracing;

    Outbox(EntityManager entityManager, ObjectMapper json, Clock clock,
           TransactionSynchronizationRegistry transactions, OutboxRelay relay, CurrentActor actors, Tracing tracing) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.transactions = transactions;
        this.relay = relay;
        this.actors = actors;
        this.tracing = tracing;
    }

    /** Records one event; returns its CloudEvents id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(OutgoingEvent event) {
        return publishAll(List.of(event)).get(0);
    }

    /** Records events in the given order (which is the order they are published in per key). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> publishAll(List<OutgoingEvent> events) {
        Instant now = Instant.now(clock);
        String actor = actors.asHeader();
        String traceparent = tracing.traceparent();
        List<OutboxRows.NewRow> rows = new ArrayList<>(events.size());
        for (OutgoingEvent event : events) {
            rows.add(new OutboxRows.NewRow(UUID.randomUUID(), event.topic().name(), event.key(), event.type(), now,
                    serialise(event.payload()), actor, traceparent));
        }
        entityManager.unwrap(Session.class).doWork(connection -> OutboxRows.insert(connection, rows));
        transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(relay));
        return rows.stream().map(OutboxRows.NewRow::eventId).toList();
    }

    private String serialise(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be written as JSON", e);
        }
    }

    private record WakeRelayAfterCommit(OutboxRelay relay) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // nothing to do before the commit
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
