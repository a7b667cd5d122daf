package cn.yanzhen.platform.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem with an input, so a caller is told about all bad fields at once. */
public final class Violations {

    /** One bad field: its name as the client wrote it ({@code investor.creditCode}, {@code row 17: landHa}). */
    public record Violation(String field, String message) {
    }

    private final List<Violation> list = new ArrayList<>();

    public void add(String field, String message) {
        list.add(new Violation(field, message));
    }

    /** Adds every violation of another collector, each field prefixed (e.g. {@code "row 17: "}). */
    public void addAll(String fieldPrefix, Violations other) {
        other.list.forEach(violation -> add(fieldPrefix + violation.field(), violation.message()));
    }

    /** Whether this field already has a violation (a value that could not be read is not checked again). */
    public boolean has(String field) {
        return list.stream().anyMatch(violation -> violation.field().equals(field));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    public List<Violation> all() {
        return Collections.unmodifiableList(list);
    }

    /** Throws a {@link ValidationException} carrying everything collected, if anything was. */
    public void throwIfAny(String detail) {
        if (!list.isEmpty()) {
            throw new ValidationException(detail, all());
        }
    }
}
