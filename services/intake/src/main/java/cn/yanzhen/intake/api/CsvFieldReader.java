package cn.yanzhen.intake.api;

import cn.yanzhen.platform.api.FieldReader;
import cn.yanzhen.platform.validation.Violations;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;

/** Reads one CSV row (column name → cell) with the same rules as JSON; an empty cell is absent. */
final class CsvFieldReader implements FieldReader {

    private final Map<String, String> cells;
    private final Violations violations;

    CsvFieldReader(Map<String, String> cells, Violations violations) {
        this.cells = cells;
        this.violations = violations;
    }

    @Override
    public String text(String field) {
        String cell = cells.get(field);
        if (cell == null) {
            return null;
        }
        String trimmed = cell.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    @Override
    public Long wholeNumber(String field) {
        return parse(field, Long::valueOf, "must be a whole number");
    }

    @Override
    public Integer integer(String field) {
        return parse(field, Integer::valueOf, "must be a whole number");
    }

    @Override
    public Double number(String field) {
        Double value = parse(field, Double::valueOf, "must be a number");
        if (value != null && !Double.isFinite(value)) {
            violations.add(field, "must be a number");
            return null;
        }
        return value;
    }

    @Override
    public LocalDate date(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(field, "must be a date yyyy-MM-dd");
            return null;
        }
    }

    @Override
    public Boolean bool(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        if (!text.equals("true") && !text.equals("false")) {
            violations.add(field, "must be true or false");
            return null;
        }
        return Boolean.valueOf(text);
    }

    private <T> T parse(String field, Function<String, T> parser, String message) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (NumberFormatException e) {
            violations.add(field, message);
            return null;
        }
    }
}
