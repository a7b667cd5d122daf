package cn.yanzhen.platform.testing;

/** Where the tests' Kafka broker and PostgreSQL server are, and how they were obtained. */
public record Endpoints(String kafkaBootstrap, String jdbcUrl, String dbUser, String dbPassword, String origin) {
}
