package cn.yanzhen.platform.deadletters;

import cn.yanzhen.contracts.CloudEventHeaders;
import cn.yanzhen.contracts.Topic;
import cn.yanzhen.platform.messaging.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** A record on a dead-letter topic: the original record plus the headers DeadLetters added. */
record DeadLetter(ConsumerRecord<String, String> record) {

    /** Where a dead letter lies on its dead-letter topic. */
    record Position(int partition, long offset) {
    }

    String dlq() {
        return record.topic();
    }

    Position position() {
        return new Position(record.partition(), record.offset());
    }

    /** The {@code ce_id}; null for a record that was never an event, which no replay can apply. */
    String eventId() {
        return header(CloudEventHeaders.ID);
    }

    String type() {
        return header(CloudEventHeaders.TYPE);
    }

    String reason() {
        return header(DeadLetterHeaders.REASON);
    }

    /** The service that gave up on it; null on records dead-lettered before services named themselves. */
    String service() {
        return header(DeadLetterHeaders.SERVICE);
    }

    Instant deadLetteredAt() {
        return Instant.ofEpochMilli(record.timestamp());
    }

    String originTopic() {
        String topic = header(DeadLetterHeaders.TOPIC);
        return topic != null ? topic : dlq().substring(0, dlq().length() - Topic.DLQ_SUFFIX.length());
    }

    /**
     * The record as it was on its topic, for a replay: the same key, value and headers (the same
     * {@code ce_id}, so that readers which applied it skip it), to the same partition, without the
     * dead-letter headers.
     */
    ProducerRecord<String, String> original() {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DeadLetterHeaders.PREFIX)) {
                headers.add(header);
            }
        }
        String partition = header(DeadLetterHeaders.PARTITION);
        return new ProducerRecord<>(originTopic(), partition == null ? null : Integer.valueOf(partition),
                record.key(), record.value(), headers);
    }

    private String header(String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
