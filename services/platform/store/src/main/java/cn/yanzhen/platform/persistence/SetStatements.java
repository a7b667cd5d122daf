package cn.yanzhen.platform.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * Statements that read or write a whole batch of rows at once, each parameter an array: a locking read
 * ({@code … where id = any (?::uuid[]) for update}), an insert ({@code insert … select * from unnest(?::uuid[], …)})
 * or an update ({@code update … from unnest(…) as u (…) where …}). They run on the transaction's connection and
 * bypass the persistence context: what they read is not managed, so no flush compares or writes it row by row.
 * <p>
 * Every array is sent as text and cast by the statement to its column's type: that needs no driver support for the
 * element type (UUIDs, days, instants, numbers, enums), and ISO 8601 is what {@code LocalDate} and {@code Instant}
 * print and what PostgreSQL reads.
 */
public final class SetStatements {

    /** Reads one row of a result into an object. */
    @FunctionalInterface
    public interface RowReader<R> {
        R read(ResultSet row) throws SQLException;
    }

    private SetStatements() {
    }

    /** The rows {@code sql} returns for its one parameter, the array of {@code keys}; none without keys. */
    public static <R> List<R> read(EntityManager entityManager, String sql, Collection<?> keys, RowReader<R> reader) {
        List<R> found = new ArrayList<>();
        if (keys.isEmpty()) {
            return found;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setArray(1, array(connection, keys, key -> key));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(reader.read(rows));
                    }
                }
            }
        });
        return found;
    }

    /**
     * Runs {@code sql} once for all {@code rows}: its parameters are one array per column, in the order of
     * {@code columns}, each holding that column's value of every row in the rows' order. Nothing runs without rows.
     */
    public static <R> void write(EntityManager entityManager, String sql, Collection<R> rows,
                                 List<Function<R, Object>> columns) {
        if (rows.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < columns.size(); i++) {
                    statement.setArray(i + 1, array(connection, rows, columns.get(i)));
                }
                statement.executeUpdate();
            }
        });
    }

    private static <R> Array array(Connection connection, Collection<R> rows, Function<R, Object> column)
            throws SQLException {
        return connection.createArrayOf("text", rows.stream().map(column).map(SetStatements::text)
                .toArray(String[]::new));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }
}
