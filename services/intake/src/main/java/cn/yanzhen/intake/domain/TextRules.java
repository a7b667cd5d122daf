package cn.yanzhen.intake.domain;

import cn.yanzhen.platform.validation.Violations;

/** Checks shared by every free-text field. */
final class TextRules {

    private TextRules() {
    }

    static void required(Violations violations, String field, String value, int maxLength) {
        if (violations.has(field)) {
            return;
        }
        if (value == null || value.isBlank()) {
            violations.add(field, "is required");
            return;
        }
        optional(violations, field, value, maxLength);
    }

    static void optional(Violations violations, String field, String value, int maxLength) {
        if (value == null || violations.has(field)) {
            return;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            violations.add(field, "must be at most " + maxLength + " characters");
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c))) {
            violations.add(field, "must not contain control characters");
        }
    }
}
