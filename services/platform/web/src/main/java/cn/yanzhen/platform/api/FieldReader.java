package cn.yanzhen.platform.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Typed access to the fields of one submitted object (a JSON object, a CSV row). A value of the
 * wrong type is recorded as a violation of that field and read as null; an absent or blank value
 * is null. Nested fields are named with dots: {@code investor.name}.
 */
public interface FieldReader {

    Pattern FOUR_DIGIT_YEAR_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    String text(String field);

    Long wholeNumber(String field);

    Integer integer(String field);

    Double number(String field);

    Boolean bool(String field);

    /** Records that the field's value is unacceptable. */
    void reject(String field, String message);

    /** The constant the field's text names; a name that is none of {@code values} is a violation. */
    default <E extends Enum<E>> E oneOf(String field, E[] values) {
        String name = text(field);
        if (name == null) {
            return null;
        }
        return Arrays.stream(values).filter(value -> value.name().equals(name)).findFirst().orElseGet(() -> {
            reject(field, "must be one of " + Arrays.stream(values).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        });
    }

    /**
     * A date written {@code yyyy-MM-dd}, read from the field's text. Only four-digit years: ISO-8601 also allows
     * {@code +999999999-12-31}, which no database column holds.
     */
    default LocalDate date(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        if (FOUR_DIGIT_YEAR_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // a day the calendar does not have (2025-02-30): reported below
            }
        }
        reject(field, "must be a date yyyy-MM-dd");
        return null;
    }
}
