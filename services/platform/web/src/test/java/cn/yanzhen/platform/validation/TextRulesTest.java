package cn.yanzhen.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    private final Violations violations = new Violations();

    @Test
    void countsCharactersNotUtf16Units() {
        TextRules.optional(violations, "note", "𠀀".repeat(3), 3);

        assertThat(violations.all()).isEmpty();
    }

    @Test
    void refusesTextTooLongOrWithControlCharacters() {
        TextRules.optional(violations, "note", "x".repeat(10_000), 500);
        TextRules.optional(violations, "reason", "证据\u0000不足", 500);
        TextRules.optional(violations, "remark", "第一行\n第二行", 500);
        TextRules.required(violations, "name", " ", 10);

        assertThat(violations.all()).containsExactly(
                new Violations.Violation("note", "must be at most 500 characters"),
                new Violations.Violation("reason", "must not contain control characters"),
                new Violations.Violation("remark", "must not contain control characters"),
                new Violations.Violation("name", "is required"));
    }
}
