package cn.yanzhen.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The rules read only metrics the services really expose, under the names Micrometer gives them. */
class RuleMetricsTest {

    @Test
    void everyYanzhenMetricARuleReadsIsOneAServiceRegisters() {
        Set<String> read = new TreeSet<>(RuleFiles.metricsRead());
        read.removeIf(name -> !name.startsWith("yanzhen_"));
        assertThat(read).contains("yanzhen_outbox_relay_leading", "yanzhen_dead_letters_total");
        assertThat(ServiceMeters.prometheusNames()).containsAll(read);
    }

    @Test
    void eachConsumerChannelIsNamedAsItsTopicWithoutThePrefix() {
        // the consumer rules take the topic from the Kafka client id, kafka-consumer-<channel>
        for (String service : Manifests.SERVICES) {
            ServiceConfiguration.of(service).topicOfChannel()
                    .forEach((channel, topic) -> assertThat(topic).as("%s channel %s", service, channel).isEqualTo("yanzhen." + channel));
        }
    }
}
