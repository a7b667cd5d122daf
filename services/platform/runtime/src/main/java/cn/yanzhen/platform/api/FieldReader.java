package cn.yanzhen.platform.api;

import java.time.LocalDate;

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

    LocalDate date(String field);

    Boolean bool(String field);
}
