package cn.yanzhen.matching.messaging;

import cn.yanzhen.matching.application.SigningMatching;
import cn.yanzhen.platform.consumer.BatchConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Matches every registered signing; remembers withdrawals. A poll's records are applied as one batch. */
@ApplicationScoped
public class SigningsConsumer {

    private final BatchConsumer consumer;
    private final SigningMatching matching;

    SigningsConsumer(BatchConsumer consumer, SigningMatching matching) {
        this.consumer = consumer;
        this.matching = matching;
    }

    @Incoming("signings")
    @Blocking
    public void onSignings(ConsumerRecords<String, String> records) {
        consumer.consume(records, matching.signings());
    }
}
