package cn.yanzhen.platform.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.Session;

/**
 * Remembers which CloudEvents a consumer has applied, in the same transaction as their effect: a
 * redelivered record finds its id already there and is skipped. A whole batch is checked in one statement.
 */
@ApplicationScoped
public class ProcessedMessages {

    private static final String RECORD_NEW = "insert into processed_message (consumer, event_id)"
            + " select ?, id from unnest(?) as id on conflict do nothing returning event_id";

    private final EntityManager entityManager;

    ProcessedMessages(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The ids among {@code eventIds} that this consumer sees for the first time; the rest are redeliveries. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> firstDeliveries(String consumer, Collection<String> eventIds) {
        Set<String> first = new HashSet<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(RECORD_NEW)) {
                Array ids = connection.createArrayOf("text", new HashSet<>(eventIds).toArray());
                insert.setString(1, consumer);
                insert.setArray(2, ids);
                try (ResultSet inserted = insert.executeQuery()) {
                    while (inserted.next()) {
                        first.add(inserted.getString(1));
                    }
                }
            }
        });
        return first;
    }
}
