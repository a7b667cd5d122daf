package cn.yanzhen.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.platform.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A compacted topic read to its end after a fault suite's kills: each change published once (one distinct
 * {@code ce_id} per change, however often an outbox sent it), and the last record of each key.
 */
record PublishedOnce(int records, Map<String, JsonNode> lastByKey) {

    static PublishedOnce read(String kafka, String topic, long changes) throws Exception {
        try (TopicReader reader = new TopicReader(kafka, topic)) {
            List<ConsumerRecord<String, String>> all = reader.readToEnd(Map.of());
            assertThat(all.stream().map(record -> TopicReader.header(record, "ce_id")).distinct().count())
                    .as("changes on %s, each published once", topic).isEqualTo(changes);
            Map<String, JsonNode> last = new TreeMap<>();
            for (ConsumerRecord<String, String> record : all) {
                last.put(record.key(), BadRequests.JSON.readTree(record.value()));
            }
            return new PublishedOnce(all.size(), last);
        }
    }
}
