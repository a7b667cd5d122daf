package cn.yanzhen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * How soon a report shows in the figures: COMMENCED reports are sent at a fixed rate, and each one's
 * time from its HTTP answer to the first {@code yanzhen.stats} record of the event that counts it.
 */
final class Freshness {

    private static final String STATS = "yanzhen.stats";

    private final String bootstrap;
    private final Clients clients;

    Freshness(String bootstrap, Clients clients) {
        this.bootstrap = bootstrap;
        this.clients = clients;
    }

    record Latencies(double p50Millis, double p99Millis, int reports) {
    }

    Latencies measure(String event, List<String> signingIds, int perSecond) throws Exception {
        String scope = "event:" + event;
        long commencedBefore = clients.tracking().get("/api/stats?event=" + event).at("/commenced/count").asLong();
        Map<Long, Long> seenAt = new ConcurrentHashMap<>();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> watch(scope, seenAt, watching), "stats-watcher");
        watcher.setDaemon(true);
        watcher.start();
        long[] answeredAt;
        try {
            TimeUnit.SECONDS.sleep(2);
            answeredAt = send(signingIds, perSecond);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            long last = commencedBefore + signingIds.size();
            while (seenAt.keySet().stream().noneMatch(count -> count >= last) && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
        } finally {
            watching.set(false);
            watcher.join();
        }
        return latencies(answeredAt, commencedBefore, seenAt);
    }

    private long[] send(List<String> signingIds, int perSecond) throws InterruptedException {
        long[] answeredAt = new long[signingIds.size()];
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime();
        for (int i = 0; i < signingIds.size(); i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            clients.trackingAsAdmin().post("/api/projects/" + signingIds.get(i) + "/progress",
                    BenchEvent.commenced("fresh-" + signingIds.get(i)));
            answeredAt[i] = System.nanoTime();
        }
        return answeredAt;
    }

    /** Report i is counted once the event's figures show commencedBefore + i + 1 commenced projects. */
    private static Latencies latencies(long[] answeredAt, long commencedBefore, Map<Long, Long> seenAt) {
        List<Double> millis = new ArrayList<>();
        List<Long> counts = new ArrayList<>(seenAt.keySet());
        counts.sort(null);
        for (int i = 0; i < answeredAt.length; i++) {
            long wanted = commencedBefore + i + 1;
            Long firstSeen = counts.stream().filter(count -> count >= wanted).findFirst().map(seenAt::get).orElse(null);
            if (firstSeen == null) {
                throw new IllegalStateException("report " + (i + 1) + " never showed on " + STATS);
            }
            millis.add(Math.max(0, firstSeen - answeredAt[i]) / 1e6);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Latencies(percentile(sorted, 50), percentile(sorted, 99), sorted.length);
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private void watch(String scope, Map<Long, Long> seenAt, AtomicBoolean watching) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings())) {
            List<TopicPartition> partitions = consumer.partitionsFor(STATS).stream()
                    .map(info -> new TopicPartition(STATS, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            while (watching.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(20))) {
                    if (scope.equals(record.key())) {
                        seenAt.putIfAbsent(commenced(record.value()), System.nanoTime());
                    }
                }
            }
        }
    }

    private static long commenced(String stats) {
        try {
            JsonNode figures = Api.JSON.readTree(stats);
            return figures.at("/commenced/count").asLong();
        } catch (IOException e) {
            throw new IllegalStateException("stats record is not JSON: " + stats, e);
        }
    }

    private Properties settings() {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "yanzhen-bench-" + UUID.randomUUID());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return settings;
    }
}
