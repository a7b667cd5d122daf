package cn.yanzhen.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.platform.validation.Violations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonFieldReaderTest {

    private static final Set<String> FIELDS = Set.of("name", "amount", "jobs", "share", "on", "flag",
            "investor.name", "codes", "documents");

    private final Violations violations = new Violations();

    private JsonFieldReader read(String json) throws Exception {
        JsonNode node = new ObjectMapper().readTree(json);
        return new JsonFieldReader(node, FIELDS, violations);
    }

    @Test
    void readsTypedValuesAndNestedFields() throws Exception {
        JsonFieldReader fields = read("""
                {"name": " 光伏 ", "amount": 217300000000, "jobs": 12, "share": 0.5, "on": "2025-07-20",
                 "flag": true, "investor": {"name": "华阳"}}""");

        assertThat(fields.text("name")).isEqualTo("光伏");
        assertThat(fields.wholeNumber("amount")).isEqualTo(217_300_000_000L);
        assertThat(fields.integer("jobs")).isEqualTo(12);
        assertThat(fields.number("share")).isEqualTo(0.5);
        assertThat(fields.date("on")).isEqualTo(LocalDate.of(2025, 7, 20));
        assertThat(fields.bool("flag")).isTrue();
        assertThat(fields.text("investor.name")).isEqualTo("华阳");
        assertThat(violations.all()).isEmpty();
    }

    @Test
    void recordsEveryWrongTypeAndUnknownFieldAndReadsThemAsNull() throws Exception {
        JsonFieldReader fields = read("""
                {"name": 5, "amount": 1.5, "jobs": 3000000000, "share": "half", "on": "2025-02-30",
                 "flag": "yes", "investor": {"age": 3}, "colour": "red"}""");

        assertThat(fields.text("name")).isNull();
        assertThat(fields.wholeNumber("amount")).isNull();
        assertThat(fields.integer("jobs")).isNull();
        assertThat(fields.number("share")).isNull();
        assertThat(fields.date("on")).isNull();
        assertThat(fields.bool("flag")).isNull();
        assertThat(violations.all()).extracting(Violations.Violation::field).containsExactlyInAnyOrder(
                "investor.age", "colour", "name", "amount", "jobs", "share", "on", "flag");
    }

    @Test
    void blankAndNullAreAbsent() throws Exception {
        JsonFieldReader fields = read("{\"name\": \"  \", \"amount\": null}");

        assertThat(fields.text("name")).isNull();
        assertThat(fields.wholeNumber("amount")).isNull();
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void aBodyThatIsNotAnObjectIsOneViolation() throws Exception {
        read("[1, 2]");

        assertThat(violations.all()).extracting(Violations.Violation::field).containsExactly("body");
    }

    @Test
    void refusesAListLongerThanItsLimitWholeAndUnread() throws Exception {
        JsonFieldReader fields = read("{\"codes\": [\"38\", 7, \"384\"], \"documents\": [{}, {}, {}]}");

        assertThat(fields.textList("codes", 2)).isEmpty();
        assertThat(fields.objectList("documents", 2, Set.of("x"), element -> element)).isEmpty();
        assertThat(violations.all()).containsExactly(
                new Violations.Violation("codes", "must list at most 2 entries, has 3"),
                new Violations.Violation("documents", "must list at most 2 entries, has 3"));
    }

    @Test
    void readsAListUpToItsLimitAndNamesEachBadElement() throws Exception {
        JsonFieldReader fields = read("{\"codes\": [\" 38 \", {}], \"documents\": [{\"x\": 1}, {\"y\": 2}]}");

        assertThat(fields.textList("codes", 2)).containsExactly("38");
        assertThat(fields.objectList("documents", 2, Set.of("x"), element -> element.integer("x"))).hasSize(2);
        assertThat(violations.all()).extracting(Violations.Violation::field)
                .containsExactly("codes[1]", "documents[1].y");
    }

    @Test
    void aDateHasAFourDigitYearAsEveryDatabaseColumnCanHoldIt() throws Exception {
        assertThat(read("{\"on\": \"+999999999-12-31\"}").date("on")).isNull();
        assertThat(read("{\"on\": \"9999-12-31\"}").date("on")).isEqualTo(LocalDate.of(9999, 12, 31));

        assertThat(violations.all()).containsExactly(new Violations.Violation("on", "must be a date yyyy-MM-dd"));
    }
}
