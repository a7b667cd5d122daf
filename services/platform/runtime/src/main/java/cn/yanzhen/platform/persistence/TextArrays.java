package cn.yanzhen.platform.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.function.Function;

/**
 * One column of a set-based statement ({@code insert … select from unnest(?::uuid[], ?::date[], …)},
 * {@code update … from unnest(…)}): each row's value as PostgreSQL reads it in text, the statement casting the
 * array to the column's type. Text arrays need no driver support for the element type (UUIDs, days, instants,
 * numbers, enums); ISO 8601 is what {@code LocalDate} and {@code Instant} print and what PostgreSQL reads.
 */
public final class TextArrays {

    private TextArrays() {
    }

    /** The values {@code column} takes from each row, in the rows' order; null stays null. */
    public static <R> Array of(Connection connection, Collection<R> rows, Function<R, Object> column)
            throws SQLException {
        return connection.createArrayOf("text", rows.stream().map(column).map(TextArrays::text)
                .toArray(String[]::new));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }
}
