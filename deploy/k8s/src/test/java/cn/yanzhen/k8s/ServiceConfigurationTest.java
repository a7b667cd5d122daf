package cn.yanzhen.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceConfigurationTest {

    @Test
    void readsTheVariablesOfTheServiceThePlatformAndTheirConfigMappings() {
        assertThat(ServiceConfiguration.of("intake").variables())
                .contains("YANZHEN_INTAKE_PORT", "YANZHEN_DB_URL", "YANZHEN_KAFKA_BOOTSTRAP", "YANZHEN_JWT_PUBLIC_KEY",
                        "YANZHEN_TOPICS_PROVISION", "YANZHEN_TOPICS_REPLICATION_FACTOR")
                .doesNotContain("YANZHEN_DASHBOARD_GROUP");
        assertThat(ServiceConfiguration.of("dashboard").variables()).contains("YANZHEN_DASHBOARD_GROUP");
    }

    @Test
    void readsEachIncomingTopicsConsumerGroup() {
        assertThat(ServiceConfiguration.of("matching").groupOfTopic())
                .isEqualTo(Map.of("yanzhen.signings", "yanzhen-matching", "yanzhen.region-capacity", "yanzhen-matching",
                        "yanzhen.park-capacity", "yanzhen-matching"));
        assertThat(ServiceConfiguration.of("intake").groupOfTopic()).isEmpty();
    }

    @Test
    void readsTheTopicOfEachIncomingChannel() {
        assertThat(ServiceConfiguration.of("capacity").topicOfChannel())
                .isEqualTo(Map.of("matches", "yanzhen.matches", "signings", "yanzhen.signings", "parks", "yanzhen.parks"));
    }
}
