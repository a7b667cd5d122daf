package cn.yanzhen.platform.messaging;

import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.platform.cloudevents.CloudEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads Kafka records of the contract: CloudEvents headers plus a JSON payload of the type's record.
 * Fields the record does not know are read past, unlike in request bodies: services are upgraded one at a
 * time, so a producer may add an optional field before its readers know it (docs/contract.md §6.6).
 */
@ApplicationScoped
public class IncomingEvents {

    private final ObjectReader payloads;

    IncomingEvents(ObjectMapper json) {
        this.payloads = json.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
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
            return new IncomingEvent<>(envelope, payloads.forType(payloadType).readValue(record.value()));
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
