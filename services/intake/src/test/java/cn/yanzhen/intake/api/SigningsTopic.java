package cn.yanzhen.intake.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.ContractValidator;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.platform.testing.TopicReader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/** What intake published on {@code yanzhen.signings} since a mark, checked against the contract. */
final class SigningsTopic implements AutoCloseable {

    private final TopicReader reader = new TopicReader(TestInfrastructure.endpoints().kafkaBootstrap(),
            Topics.SIGNINGS.name());

    Map<TopicPartition, Long> mark() {
        return reader.mark();
    }

    /** Waits for {@code count} records after the mark and checks each one against its schema. */
    List<ConsumerRecord<String, String>> await(Map<TopicPartition, Long> mark, int count) {
        List<ConsumerRecord<String, String>> records = reader.awaitRecords(mark, count, Duration.ofSeconds(60));
        records.forEach(SigningsTopic::assertValidAgainstContract);
        return records;
    }

    /**
     * Waits for {@code count} records of one event type after the mark: the relay may still be publishing what
     * was written before the mark, so counting every record would take one of those for one of these.
     */
    List<ConsumerRecord<String, String>> awaitOfType(Map<TopicPartition, Long> mark, String type, int count) {
        List<ConsumerRecord<String, String>> records = reader.awaitMatching(mark,
                record -> type.equals(TopicReader.header(record, "ce_type")), count, Duration.ofSeconds(60));
        records.forEach(SigningsTopic::assertValidAgainstContract);
        return records;
    }

    long countSince(Map<TopicPartition, Long> mark) {
        return reader.countSince(mark);
    }

    static void assertValidAgainstContract(ConsumerRecord<String, String> record) {
        String type = TopicReader.header(record, "ce_type");
        assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/yanzhen/intake");
        assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(record.key());
        assertThat(TopicReader.header(record, "ce_time")).isNotBlank();
        assertThat(TopicReader.header(record, "ce_id")).isNotBlank();
        assertThat(ContractValidator.violations(type, payload(record))).as("payload of %s", type).isEmpty();
        JsonNode payload = payload(record);
        assertThat(payload.has("id") ? payload.get("id").asText() : payload.get("signingId").asText())
                .isEqualTo(record.key());
    }

    static JsonNode payload(ConsumerRecord<String, String> record) {
        return json(record.value());
    }

    static JsonNode json(String text) {
        try {
            return IntakeFixtures.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
