package cn.yanzhen.dashboard.messaging;

import cn.yanzhen.dashboard.domain.ReadModel;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Starts the alert feed at the newest {@link ReadModel#ALERTS_KEPT} alerts of each partition: older ones would only be
 * read to be dropped, and the topic keeps every alert ever raised.
 */
@ApplicationScoped
@Identifier(AlertWindow.NAME)
public class AlertWindow implements KafkaConsumerRebalanceListener {

    static final String NAME = "yanzhen-alert-window";

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
        consumer.endOffsets(partitions).forEach((partition, end) -> consumer.seek(partition,
                Math.max(beginning.getOrDefault(partition, 0L), end - ReadModel.ALERTS_KEPT)));
    }
}
