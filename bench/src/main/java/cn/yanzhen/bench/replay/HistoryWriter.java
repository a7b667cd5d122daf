package cn.yanzhen.bench.replay;

import cn.yanzhen.contracts.CloudEventHeaders;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes the history of {@code events × perEvent} signings as the topics would hold it: every signing, verdict and
 * commencement on the topics the dashboard no longer reads, each alert, and, on yanzhen.stats, the record of every
 * scope each of tracking's batches of {@value #BATCH} changed (registration, verdicts, commencements, overdue marks),
 * as tracking publishes them before compaction.
 */
final class HistoryWriter implements AutoCloseable {

    static final int BATCH = 500;

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final KafkaProducer<String, String> producer;
    private final RegionDirectory regions = RegionDirectory.load();
    private final IndustryCatalogue industries = IndustryCatalogue.load();
    private final Map<String, ScopeFigures> figures = new HashMap<>();
    private final Map<String, Long> written = new HashMap<>();

    HistoryWriter(String bootstrap) {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ProducerConfig.ACKS_CONFIG, "1");
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        settings.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(settings);
    }

    /** Writes the whole history; the records written per topic. */
    Map<String, Long> write(List<String> events, int perEvent) {
        List<String> destinations = ReplaySigning.destinations(regions);
        List<String> divisions = new ArrayList<>();
        for (int d = 1; d <= 99; d++) {
            String division = String.format("%02d", d);
            if (industries.problemWith(division + "10").isEmpty()) {
                divisions.add(division);
            }
        }
        for (String event : events) {
            List<ReplaySigning> signings = new ArrayList<>();
            for (int n = 0; n < perEvent; n++) {
                signings.add(ReplaySigning.of(event, n, destinations, divisions));
            }
            wave(signings, any -> true, ScopeFigures::signed, this::registered);
            wave(signings, any -> true, ScopeFigures::matched, this::matched);
            wave(signings, ReplaySigning::commences, ScopeFigures::commenced, this::commenced);
            wave(signings, ReplaySigning::overdue, ScopeFigures::overdue, this::overdueAlert);
        }
        producer.flush();
        return written;
    }

    /** One kind of change to the {@code which} signings, batch by batch, each batch's changed scopes published once. */
    private void wave(List<ReplaySigning> signings, Predicate<ReplaySigning> which,
                      BiConsumer<ScopeFigures, ReplaySigning> change, java.util.function.Consumer<ReplaySigning> event) {
        List<ReplaySigning> chosen = signings.stream().filter(which).toList();
        for (int first = 0; first < chosen.size(); first += BATCH) {
            Set<String> changed = new LinkedHashSet<>();
            for (ReplaySigning signing : chosen.subList(first, Math.min(chosen.size(), first + BATCH))) {
                event.accept(signing);
                for (String scope : signing.scopes(regions, industries)) {
                    change.accept(figures.computeIfAbsent(scope, ScopeFigures::new), signing);
                    changed.add(scope);
                }
            }
            changed.forEach(scope -> send(Topics.STATS.name(), EventTypes.STATS, scope, figures.get(scope).record()));
        }
    }

    private void registered(ReplaySigning signing) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", signing.id());
        body.put("eventCode", signing.event());
        body.put("externalRef", "R-" + signing.n());
        body.put("projectName", signing.name());
        body.put("investor", Map.of("name", "回放投资有限公司 " + signing.n(), "creditCode", "91350100M000100Y43",
                "originRegion", "440300"));
        body.put("destinationRegion", signing.destination());
        body.put("industryCode", signing.industryCode());
        body.put("investmentYuan", signing.yuan());
        body.put("signedOn", ReplaySigning.SIGNED);
        body.put("plannedCommencement", ReplaySigning.SIGNED.plusMonths(6));
        body.put("status", "REGISTERED");
        body.put("registeredAt", Instant.now());
        send(Topics.SIGNINGS.name(), EventTypes.SIGNING_REGISTERED, signing.id().toString(), body);
    }

    private void matched(ReplaySigning signing) {
        send(Topics.MATCHES.name(), EventTypes.SIGNING_MATCHED, signing.id().toString(), Map.of(
                "signingId", signing.id(), "eventCode", signing.event(), "destinationRegion", signing.destination(),
                "industryCode", signing.industryCode(), "score", 50 + signing.n() % 50,
                "verdict", ReplaySigning.VERDICTS.get(signing.verdict()), "reasons", List.of(),
                "evaluatedAt", Instant.now()));
    }

    private void commenced(ReplaySigning signing) {
        send(Topics.PROJECT_PROGRESS.name(), EventTypes.PROJECT_PROGRESSED, signing.id().toString(), Map.of(
                "signingId", signing.id(), "reportId", "C-" + signing.n(), "type", "COMMENCED",
                "on", ReplaySigning.SIGNED.plusDays(40), "status", "COMMENCED", "reportedAt", Instant.now()));
    }

    private void overdueAlert(ReplaySigning signing) {
        send(Topics.ALERTS.name(), EventTypes.ALERT, signing.id().toString(), new Alert(
                Alert.AlertCode.OVERDUE_COMMENCEMENT, Alert.Severity.WARNING, signing.id().toString(),
                "planned commencement " + ReplaySigning.SIGNED.plusMonths(6) + " passed", Instant.now(),
                signing.name()));
    }

    private void send(String topic, String type, String key, Object payload) {
        String value;
        try {
            value = JSON.writeValueAsString(payload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
        header(record, CloudEventHeaders.TYPE, type);
        header(record, CloudEventHeaders.SOURCE, "/yanzhen/bench-replay");
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(record, CloudEventHeaders.TIME, Instant.now().toString());
        header(record, CloudEventHeaders.SUBJECT, key);
        header(record, CloudEventHeaders.ACTOR, "bench-replay");
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        producer.send(record);
        written.merge(topic, 1L, Long::sum);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
