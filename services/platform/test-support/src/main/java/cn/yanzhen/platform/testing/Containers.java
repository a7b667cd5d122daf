package cn.yanzhen.platform.testing;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Kafka (the apache/kafka image, KRaft) and PostgreSQL in containers; Testcontainers' Ryuk removes them. */
final class Containers {

    private Containers() {
    }

    static Endpoints start() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:15-alpine");
        kafka.start();
        postgres.start();
        return new Endpoints(kafka.getBootstrapServers(), postgres.getJdbcUrl(), postgres.getUsername(),
                postgres.getPassword(), "Testcontainers");
    }
}
