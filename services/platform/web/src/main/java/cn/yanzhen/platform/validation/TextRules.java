package cn.yanzhen.platform.validation;

/**
 * Checks shared by every free-text field of every service: a length (counted in characters, not UTF-16
 * units) and no control characters, which would otherwise reach events, alerts and spreadsheet exports.
 */
public final class TextRules {

    private TextRules() {
    }

    public static void required(Violations violations, String field, String value, int maxLength) {
        if (violations.has(field)) {
            return;
        }
        if (value == null || value.isBlank()) {
            violations.add(field, "is required");
            return;
        }
        optional(violations, field, value, maxLength);
    }

    public static void optional(Violations violations, String field, String value, int maxLength) {
        if (value == null || violations.has(field)) {
            return;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            violations.add(field, "must be at most " + maxLength + " characters");
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            violations.add(field, "must not contain control characters");
        }
    }
}
