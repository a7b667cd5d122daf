package cn.yanzhen.platform.validation;

import java.util.List;

/** Input that breaks the rules; the API answers 400 naming each bad field. */
public class ValidationException extends RuntimeException {

    private final transient List<Violations.Violation> violations;

    public ValidationException(String detail, List<Violations.Violation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
    }

    public List<Violations.Violation> violations() {
        return violations;
    }
}
