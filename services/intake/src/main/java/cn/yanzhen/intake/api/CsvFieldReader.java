package cn.yanzhen.intake.api;

import cn.yanzhen.platform.api.FieldReader;
import cn.yanzhen.platform.validation.Violations;
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
            reject(field, "must be a number");
            return null;
        }
        return value;
    }

    @Override
    public void reject(String field, String message) {
        violations.add(field, message);
    }

    @Override
    public Boolean bool(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        if (!text.equals("true") && !text.equals("false")) {
            reject(field, "must be true or false");
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
            reject(field, message);
            return null;
        }
    }
}
