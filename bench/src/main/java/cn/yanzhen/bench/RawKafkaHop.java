package cn.yanzhen.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The reference every other figure is a share of: records of 1 KB produced (acks=all, idempotent) to a
 * scratch topic on the same broker and consumed back, all of them, as fast as one client can.
 */
final class RawKafkaHop {

    private static final int PARTITIONS = 6;

    private RawKafkaHop() {
    }

    /** Records per second from the first send to the last record consumed. */
    static double measure(String bootstrap, int records) throws Exception {
        String topic = "yanzhen.bench.hop-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
            try {
                return produceAndConsume(bootstrap, topic, records);
            } finally {
                admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static double produceAndConsume(String bootstrap, String topic, int records) {
        byte[] value = new byte[1024];
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerSettings(bootstrap));
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerSettings(bootstrap))) {
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().size() < PARTITIONS) {
                consumer.poll(Duration.ofMillis(100));
            }
            long started = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, Integer.toString(i).getBytes(), value));
            }
            producer.flush();
            int consumed = 0;
            while (consumed < records) {
                consumed += consumer.poll(Duration.ofMillis(200)).count();
            }
            return records / ((System.nanoTime() - started) / 1e9);
        }
    }

    private static Properties producerSettings(String bootstrap) {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return settings;
    }

    private static Properties consumerSettings(String bootstrap) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "yanzhen-bench-hop-" + UUID.randomUUID());
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return settings;
    }
}
