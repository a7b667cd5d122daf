package cn.yanzhen.bench;

import cn.yanzhen.stack.TokenTool;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Measures the running local stack from outside, as its users load it, and prints one table: the raw
 * Kafka hop, one large batch, a sustained load from several clients, how fresh the figures are, and
 * each service's footprint. Arguments are {@code --name value} pairs (see {@link Settings#parse}).
 */
public final class Bench {

    private static final List<String> SERVICES = List.of("intake", "capacity", "matching", "tracking");
    private static final List<String> COMPONENTS = List.of("intake", "capacity", "matching", "tracking", "kafka");

    record Settings(String intake, String capacity, String matching, String tracking, String kafka, Path keys,
                    Path runDirectory, Path startTimes, Sizes sizes) {

        static Settings parse(String[] args) {
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            return new Settings(options.get("intake"), options.get("capacity"), options.get("matching"),
                    options.get("tracking"), options.get("kafka"), Path.of(options.get("keys")),
                    Path.of(options.get("run")), options.containsKey("start-times")
                            ? Path.of(options.get("start-times")) : null,
                    "smoke".equals(options.get("size")) ? Sizes.SMOKE : Sizes.FULL);
        }
    }

    private final Settings settings;
    private final Clients clients;
    private final ResultTable table = new ResultTable();
    private final int run = (int) (System.currentTimeMillis() / 1000 % 1_000_000);
    /** Four series a second, counted from the clock, so no two runs' investors meet (see BenchEvent). */
    private long investorSeries = 4 * (System.currentTimeMillis() / 1000 - 1_750_000_000L);

    private Bench(Settings settings) throws Exception {
        this.settings = settings;
        this.clients = Clients.of(settings, TokenTool.minter(settings.keys()));
    }

    /** Exits by itself, with 1 on any failure: a thread left behind must not keep a failed run alive. */
    public static void main(String[] args) {
        try {
            new Bench(Settings.parse(args)).run();
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private void run() throws Exception {
        try (StageLag lag = new StageLag(settings.kafka())) {
            run(lag);
        }
    }

    private void run(StageLag lag) throws Exception {
        Sizes sizes = settings.sizes();
        step("raw Kafka hop: " + sizes.hopRecords() + " records of 1 KB, acks=all, idempotent");
        double hop = RawKafkaHop.measure(settings.kafka(), sizes.hopRecords());
        table.reference(hop);
        ensureProfiles();

        BenchEvent warmUp = register("BENCH-" + run + "-W");
        step("warming up the services just started: " + sizes.warmUp() + " signings, not measured");
        FullyProcessed warmUpDone = FullyProcessed.startingNow(clients, lag);
        clients.intakeAsOrganiser().post("/api/events/" + warmUp.code() + "/signings/batch",
                warmUp.signings(1, sizes.warmUp()).toString());
        warmUpDone.await(warmUp.code(), sizes.warmUp(), BenchEvent.investmentOfFirst(sizes.warmUp()), 900);

        BenchEvent large = register("BENCH-" + run + "-L");
        step("one batch of " + sizes.largeBatch() + " signings");
        FullyProcessed largeDone = FullyProcessed.startingNow(clients, lag);
        long started = System.nanoTime();
        clients.intakeAsOrganiser().post("/api/events/" + large.code() + "/signings/batch",
                large.signings(1, sizes.largeBatch()).toString());
        double accepted = seconds(started);
        largeDone.await(large.code(), sizes.largeBatch(), BenchEvent.investmentOfFirst(sizes.largeBatch()), 900);
        double processed = seconds(started);
        table.seconds("one batch of " + sizes.largeBatch() + ": HTTP 200", accepted, "≤ 2 s");
        table.throughput("… until all " + sizes.largeBatch() + " are matched, reserved and counted", processed,
                sizes.largeBatch(), "≤ 5 s");

        int total = sizes.clients() * sizes.batchesPerClient() * sizes.batchSize();
        BenchEvent sustained = register("BENCH-" + run + "-S");
        step(sizes.clients() + " clients × " + sizes.batchesPerClient() + " batches of " + sizes.batchSize());
        FullyProcessed sustainedDone = FullyProcessed.startingNow(clients, lag);
        Map<String, Double> cpuBefore = CpuUse.read(settings.runDirectory(), COMPONENTS);
        started = System.nanoTime();
        postConcurrently(sustained, sizes);
        sustainedDone.await(sustained.code(), total, BenchEvent.investmentOfFirst(total), 900);
        Map<String, Double> cpu = CpuUse.since(cpuBefore, CpuUse.read(settings.runDirectory(), COMPONENTS));
        table.throughput(sizes.clients() * sizes.batchesPerClient() + " batches of " + sizes.batchSize() + " from "
                + sizes.clients() + " clients at once, until all " + total + " are processed", seconds(started), total,
                "≥ 2,000 signings/s");

        step(sizes.reports() + " COMMENCED reports at " + sizes.reportsPerSecond() + "/s");
        Freshness.Latencies fresh = new Freshness(settings.kafka(), clients)
                .measure(large.code(), signingIds(large.code(), sizes.reports()), sizes.reportsPerSecond());
        table.latency("report → the event's record on yanzhen.stats at " + sizes.reportsPerSecond() + " reports/s",
                fresh, "p99 ≤ 300 ms");

        table.footprint(Footprint.residentMegabytes(settings.runDirectory(), SERVICES),
                Footprint.startSeconds(settings.startTimes()));
        table.print();
        printCpu(cpu, total);
    }

    private void postConcurrently(BenchEvent event, Sizes sizes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sizes.clients());
        try {
            List<Future<?>> posts = new ArrayList<>();
            for (int each = 0; each < sizes.clients(); each++) {
                int client = each;
                int first = client * sizes.batchesPerClient();
                posts.add(pool.submit(() -> {
                    for (int batch = first; batch < first + sizes.batchesPerClient(); batch++) {
                        ArrayNode signings = event.signings(batch * sizes.batchSize() + 1, sizes.batchSize());
                        clients.intakeAsOrganiser(client).post("/api/events/" + event.code() + "/signings/batch",
                                signings.toString());
                    }
                    return null;
                }));
            }
            for (Future<?> post : posts) {
                post.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private BenchEvent register(String code) {
        BenchEvent event = new BenchEvent(code, investorSeries++);
        clients.intakeAsOrganiser().post("/api/events", event.registration());
        return event;
    }

    /** Gives every destination a generous profile unless it has one, so verdicts reserve capacity. */
    private void ensureProfiles() {
        for (String region : BenchEvent.DESTINATIONS) {
            if (!clients.capacity().get("/api/regions/" + region).path("profile").isObject()) {
                clients.capacityAsAdmin().put("/api/regions/" + region + "/capacity", BenchEvent.profile());
            }
        }
    }

    private List<String> signingIds(String event, int count) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ids.size() < count; page++) {
            JsonNode items = clients.intakeAsOrganiser()
                    .get("/api/events/" + event + "/signings?size=500&page=" + page).path("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(signing -> {
                if (ids.size() < count) {
                    ids.add(signing.get("id").asText());
                }
            });
        }
        return ids;
    }

    private static void printCpu(Map<String, Double> cpu, int signings) {
        System.out.println();
        System.out.printf("CPU during the sustained load (%,d signings), per component: %s%n", signings,
                cpu.entrySet().stream().map(used -> String.format(Locale.ROOT, "%s %.1f s (%.2f ms/signing)",
                        used.getKey(), used.getValue(), 1000 * used.getValue() / signings))
                        .collect(Collectors.joining(", ")));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void step(String what) {
        System.out.println("▸ " + what);
    }
}
