package cn.yanzhen.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContractSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static Stream<String> eventTypes() {
        return EventTypes.all().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void schemaIsAValidJsonSchema(String eventType) throws IOException {
        assertThat(ContractValidator.metaSchemaViolations(schema(eventType))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void examplesValidateAgainstTheirSchema(String eventType) throws IOException {
        JsonNode examples = schema(eventType).get("examples");
        assertThat(examples).as("examples of %s", eventType).isNotEmpty();
        for (JsonNode example : examples) {
            assertThat(ContractValidator.violations(eventType, example)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void javaRecordRoundTripsEachExampleUnchanged(String eventType) throws IOException {
        for (JsonNode example : schema(eventType).get("examples")) {
            Object payload = JSON.treeToValue(example, EventTypes.payloadType(eventType));
            JsonNode written = JSON.valueToTree(payload);
            assertThat(written.equals(ContractSchemasTest::sameValue, example))
                    .as("%s written back as %s", example, written).isTrue();
            assertThat(ContractValidator.violations(eventType, written)).isEmpty();
        }
    }

    @Test
    void schemaRejectsAPayloadThatBreaksIt() throws IOException {
        ObjectNode broken = (ObjectNode) schema(EventTypes.SIGNING_REGISTERED).get("examples").get(0).deepCopy();
        broken.put("investmentYuan", -5);
        broken.remove("signedOn");
        broken.put("unexpected", true);

        assertThat(ContractValidator.violations(EventTypes.SIGNING_REGISTERED, broken))
                .anyMatch(message -> message.contains("investmentYuan"))
                .anyMatch(message -> message.contains("signedOn"))
                .anyMatch(message -> message.contains("unexpected"));
    }

    @Test
    void withdrawnSchemaNeedsTheWithdrawal() throws IOException {
        ObjectNode registered = (ObjectNode) schema(EventTypes.SIGNING_REGISTERED).get("examples").get(0).deepCopy();
        registered.put("status", "WITHDRAWN");

        assertThat(ContractValidator.violations(EventTypes.SIGNING_WITHDRAWN, registered)).isNotEmpty();
    }

    /** Numbers compare by value: the record may widen 100 to 100.0 or an int to a long. */
    private static int sameValue(JsonNode left, JsonNode right) {
        if (left.isNumber() && right.isNumber()) {
            return left.decimalValue().compareTo(right.decimalValue());
        }
        return left.equals(right) ? 0 : 1;
    }

    static JsonNode schema(String eventType) throws IOException {
        try (InputStream in = ContractSchemasTest.class.getClassLoader()
                .getResourceAsStream(EventTypes.schemaResource(eventType))) {
            assertThat(in).as("schema of %s", eventType).isNotNull();
            return JSON.readTree(in);
        }
    }
}
