package cn.yanzhen.platform.audit;

import cn.yanzhen.platform.api.Page;
import cn.yanzhen.platform.security.Actor;
import cn.yanzhen.platform.security.CurrentActor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.Session;

/**
 * Records every accepted write in the caller's transaction (so a change and its record commit
 * together), with the actor of the current request, and reads the records back.
 */
@ApplicationScoped
public class AuditTrail {

    private static final String INSERT = "insert into audit_entry (recorded_at, subject, roles, region, org, action,"
            + " entity, request, before, after) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb)";
    private static final String MATCHES = " where (cast(? as text) is null or subject = ?)"
            + " and (cast(? as text) is null or entity = ? or split_part(entity, ':', 2) = ?)";
    private static final String SELECT = "select id, recorded_at, subject, roles, region, org, action, entity,"
            + " request::text, before::text, after::text from audit_entry" + MATCHES + " order by id desc limit ? offset ?";
    private static final String COUNT = "select count(*) from audit_entry" + MATCHES;

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final CurrentActor actors;

    AuditTrail(EntityManager entityManager, ObjectMapper json, Clock clock, CurrentActor actors) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.actors = actors;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditedChange change) {
        recordAll(List.of(change));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<AuditedChange> changes) {
        Actor actor = actors.get();
        Timestamp now = Timestamp.from(Instant.now(clock));
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (AuditedChange change : changes) {
                    insert.setTimestamp(1, now);
                    insert.setString(2, actor.subject());
                    insert.setString(3, String.join(",", actor.roles()));
                    insert.setString(4, actor.region());
                    insert.setString(5, actor.org());
                    insert.setString(6, change.action());
                    insert.setString(7, change.entity());
                    insert.setString(8, serialise(change.request()));
                    insert.setString(9, serialise(change.before()));
                    insert.setString(10, serialise(change.after()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Records newest first, of one subject and/or one entity ({@code type:id}, or just the id). */
    @Transactional
    public Page<AuditEntry> page(String subject, String entity, int page, int size) {
        List<AuditEntry> items = new ArrayList<>();
        long[] total = new long[1];
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                int next = bindFilter(select, subject, entity);
                select.setInt(next, size);
                select.setLong(next + 1, (long) page * size);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(entry(rows));
                    }
                }
            }
            try (PreparedStatement count = connection.prepareStatement(COUNT)) {
                bindFilter(count, subject, entity);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total[0] = rows.getLong(1);
                }
            }
        });
        return new Page<>(items, page, size, total[0]);
    }

    private static int bindFilter(PreparedStatement statement, String subject, String entity) throws SQLException {
        statement.setString(1, subject);
        statement.setString(2, subject);
        statement.setString(3, entity);
        statement.setString(4, entity);
        statement.setString(5, entity);
        return 6;
    }

    private AuditEntry entry(ResultSet row) throws SQLException {
        return new AuditEntry(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3),
                Arrays.asList(row.getString(4).split(",")), row.getString(5), row.getString(6), row.getString(7),
                row.getString(8), parse(row.getString(9)), parse(row.getString(10)), parse(row.getString(11)));
    }

    private String serialise(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audited value cannot be written as JSON", e);
        }
    }

    private JsonNode parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entry holds invalid JSON", e);
        }
    }
}
