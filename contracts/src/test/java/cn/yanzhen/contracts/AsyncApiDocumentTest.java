package cn.yanzhen.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps asyncapi.yaml and the Java view of the contract (Topics, EventTypes) saying the same thing. */
class AsyncApiDocumentTest {

    private final JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(Path.of("asyncapi.yaml").toFile());

    AsyncApiDocumentTest() throws IOException {
    }

    @Test
    void isAnAsyncApi3Document() {
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
    }

    @Test
    void describesEveryTopicWithItsEventTypesAndCompaction() {
        for (Topic topic : Topics.ALL) {
            JsonNode channel = channel(topic.name());
            assertThat(channel).as("channel for %s", topic.name()).isNotNull();
            List<String> messageNames = new ArrayList<>();
            channel.path("messages").forEach(ref -> messageNames.add(message(ref).path("name").asText()));
            assertThat(messageNames).containsExactlyInAnyOrderElementsOf(topic.eventTypes());
            String cleanup = channel.path("bindings").path("kafka").path("topicConfiguration")
                    .path("cleanup.policy").path(0).asText("delete");
            assertThat(cleanup).isEqualTo(topic.compacted() ? "compact" : "delete");
        }
    }

    @Test
    void everyMessagePayloadIsTheSchemaOfItsEventType() {
        document.path("components").path("messages").forEach(message -> {
            String payload = message.path("payload").path("$ref").asText();
            String eventType = message.path("name").asText();
            assertThat(payload).isEqualTo("src/main/resources/" + EventTypes.schemaResource(eventType));
            assertThat(Files.exists(Path.of(payload))).as(payload).isTrue();
            assertThat(message.path("traits").toString()).contains("cloudEvent");
        });
    }

    @Test
    void headersNameEveryCloudEventsAttribute() {
        JsonNode required = document.at("/components/schemas/cloudEventHeaders/required");
        List<String> names = new ArrayList<>();
        required.forEach(name -> names.add(name.asText()));
        assertThat(names).contains(CloudEventHeaders.ID, CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE,
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT,
                CloudEventHeaders.ACTOR);
    }

    private JsonNode channel(String address) {
        for (JsonNode channel : document.path("channels")) {
            if (address.equals(channel.path("address").asText())) {
                return channel;
            }
        }
        return null;
    }

    private JsonNode message(JsonNode reference) {
        String pointer = reference.path("$ref").asText().substring(1);
        return document.at(pointer);
    }
}
