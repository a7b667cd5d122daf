package cn.yanzhen.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's one table, each throughput also as a share of the raw Kafka hop measured in the same run. */
final class ResultTable {

    private record Row(String measure, String result, String ofHop, String target) {
    }

    private final List<Row> rows = new ArrayList<>();
    private double hopPerSecond;

    void reference(double recordsPerSecond) {
        hopPerSecond = recordsPerSecond;
        rows.add(new Row("one Kafka hop on the same broker (produce 1 KB records, acks=all, idempotent; consume all)",
                format("%,.0f records/s", recordsPerSecond), "100 %", "reference"));
    }

    void seconds(String measure, double seconds, String target) {
        rows.add(new Row(measure, format("%.2f s", seconds), "", target));
    }

    void throughput(String measure, double seconds, int signings, String target) {
        double perSecond = signings / seconds;
        rows.add(new Row(measure, format("%.2f s (%,.0f signings/s)", seconds, perSecond),
                format("%.1f %%", 100 * perSecond / hopPerSecond), target));
    }

    void latency(String measure, Freshness.Latencies latencies, String target) {
        rows.add(new Row(measure, format("p50 %.0f ms, p99 %.0f ms (%d reports)", latencies.p50Millis(),
                latencies.p99Millis(), latencies.reports()), "", target));
    }

    void footprint(Map<String, Long> residentMegabytes, Map<String, Double> startSeconds) {
        residentMegabytes.forEach((service, megabytes) ->
                rows.add(new Row("resident memory of " + service + " after the load", megabytes + " MB", "", "≤ 200 MB")));
        startSeconds.forEach((service, seconds) ->
                rows.add(new Row("start to ready, " + service + " started alone", format("%.1f s", seconds), "", "≤ 2.5 s")));
    }

    void print() {
        System.out.println();
        System.out.println("| measure | result | of the raw hop | target |");
        System.out.println("| --- | --- | --- | --- |");
        rows.forEach(row -> System.out.printf("| %s | %s | %s | %s |%n", row.measure(), row.result(), row.ofHop(),
                row.target()));
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
