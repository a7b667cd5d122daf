package cn.yanzhen.platform.messaging;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.platform.cloudevents.CloudEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads Kafka records of the contract: CloudEvents headers plus a JSON payload of the type's record. */
@ApplicationScoped
public class IncomingEvents {

    private final ObjectMapper json;

    IncomingEvents(ObjectMapper json) {
        this.json = json;
    }

    /** The record's {@code ce_type}; a record without valid CloudEvents headers is poison. */
    public String typeOf(ConsumerRecord<String, String> record) {
        return envelope(record).type();
    }

    /** The record as an event of the contract; a record that is not one is poison. */
    public <T> IncomingEvent<T> read(ConsumerRecord<String, String> record, Class<T> payloadType) {
        CloudEvent envelope = envelope(record);
        if (!EventTypes.all().contains(envelope.type()) || EventTypes.payloadType(envelope.type()) != payloadType) {
            throw new PoisonRecordException("unexpected event type " + envelope.type(), null);
        }
        if (record.value() == null) {
            throw new PoisonRecordException("record has no payload", null);
        }
        try {
            return new IncomingEvent<>(envelope, json.readValue(record.value(), payloadType));
        } catch (IOException e) {
            throw new PoisonRecordException("payload is not a valid " + envelope.type() + ": " + e.getMessage(), e);
        }
    }

    private static CloudEvent envelope(ConsumerRecord<String, String> record) {
        try {
            return CloudEvent.fromKafkaHeaders(record.headers());
        } catch (RuntimeException e) {
            throw new PoisonRecordException("record has no valid CloudEvents headers: " + e.getMessage(), e);
        }
    }
}
