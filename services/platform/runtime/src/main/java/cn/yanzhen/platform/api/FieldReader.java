package cn.yanzhen.platform.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Typed access to the fields of one submitted object (a JSON object, a CSV row). A value of the
 * wrong type is recorded as a violation of that field and read as null; an absent or blank value
 * is null. Nested fields are named with dots: {@code investor.name}.
 */
public interface FieldReader {

    String text(String field);

    Long wholeNumber(String field);

    Integer integer(String field);

    Double number(String field);

    Boolean bool(String field);

    /** Records that the field's value is unacceptable. */
    void reject(String field, String message);

    /** An ISO-8601 date {@code yyyy-MM-dd}, read from the field's text. */
    default LocalDate date(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            reject(field, "must be a date yyyy-MM-dd");
            return null;
        }
    }
}
