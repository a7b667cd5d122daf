package cn.yanzhen.tracking.keyprojects.persistence;

import java.time.LocalDate;

/** A date column as the driver hands it to a native query, as a LocalDate (null stays null). */
final class SqlDates {

    private SqlDates() {
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }
}
