package cn.yanzhen.bench.replay;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.access.TokenRequest;
import cn.yanzhen.contracts.tracking.Stats;
import cn.yanzhen.stack.TokenTool;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The dashboard's replay measurement (deploy/local/stack replay): {@code write} puts the history of N signings on the
 * topics; {@code measure}, started with the dashboard, times its start to the history's final picture and reads its
 * heap. Events of 50,000 signings each, every one over all prefectures and divisions.
 */
public final class DashboardReplay {

    private static final int PER_EVENT = 50_000;
    private static final int ALERTS_SHOWN = 200;

    private DashboardReplay() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        long signings = Long.parseLong(options.getOrDefault("signings", "1000000"));
        List<String> events = IntStream.rangeClosed(1, (int) Math.max(1, signings / PER_EVENT))
                .mapToObj(n -> String.format("REPLAY-%02d", n)).toList();
        int perEvent = (int) Math.min(PER_EVENT, signings);
        if ("write".equals(args[0])) {
            write(options.get("kafka"), events, perEvent);
        } else {
            measure(options, events, perEvent);
        }
    }

    private static void write(String kafka, List<String> events, int perEvent) {
        long started = System.nanoTime();
        try (HistoryWriter writer = new HistoryWriter(kafka)) {
            Map<String, Long> written = writer.write(events, perEvent);
            System.out.printf("history of %,d signings written in %.0f s: %s%n", (long) events.size() * perEvent,
                    (System.nanoTime() - started) / 1e9, written);
        }
    }

    private static void measure(Map<String, String> options, List<String> events, int perEvent) throws Exception {
        long startedMs = Long.parseLong(options.get("started-ms"));
        long pid = Long.parseLong(options.get("pid"));
        String token = TokenTool.minter(Path.of(options.get("keys")))
                .mint(TokenRequest.of("replay-monitor", Roles.MONITOR), Instant.now());
        long commenced = IntStream.range(0, perEvent).filter(n -> n % 5 < 2).count() * events.size();
        int overdue = (int) IntStream.range(0, perEvent).filter(n -> n % 20 == 3).count();
        FirstPicture picture = new FirstPicture(options.get("dashboard"), token, new FirstPicture.Expected(
                (long) perEvent * events.size(), commenced, events.get(events.size() - 1),
                Math.min(perEvent, ReplaySigning.destinations(cn.yanzhen.contracts.reference.RegionDirectory.load())
                        .size() - 1), Math.min(overdue, Stats.OverdueProject.LISTED),
                Math.min(ALERTS_SHOWN, overdue * events.size())));
        long deadline = startedMs + 600_000;
        while (!picture.shown()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("no final picture within 10 minutes");
            }
            Thread.sleep(100);
        }
        long tookMs = System.currentTimeMillis() - startedMs;
        String management = options.get("management");
        System.out.printf("first full picture %.1f s after the dashboard's launch%n", tookMs / 1000.0);
        System.out.println("at the first picture: " + HeapReading.of(management, pid).megabytes());
        System.out.println("after a full collection: " + HeapReading.afterCollection(management, pid).megabytes());
    }
}
