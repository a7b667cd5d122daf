package cn.yanzhen.bench.replay;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A JVM's heap in use and its limit, as its Prometheus metrics say, and its resident memory, as Linux says. */
record HeapReading(long usedBytes, long maxBytes, long residentBytes) {

    static HeapReading of(String management, long pid) throws IOException, InterruptedException {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(management + "/q/metrics"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        return new HeapReading(sum(metrics, "jvm_memory_used_bytes{"), sum(metrics, "jvm_memory_max_bytes{"),
                resident(pid));
    }

    /** The same after a full collection: the heap the picture really holds. */
    static HeapReading afterCollection(String management, long pid) throws IOException, InterruptedException {
        new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
        return of(management, pid);
    }

    /** The sum over the heap's pools of a meter whose lines start with {@code prefix}. */
    private static long sum(String metrics, String prefix) {
        return (long) metrics.lines().filter(line -> line.startsWith(prefix) && line.contains("area=\"heap\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .filter(value -> value > 0).sum();
    }

    private static long resident(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(line -> line.startsWith("VmRSS:"))
                .map(line -> line.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElse(0) * 1024;
    }

    String megabytes() {
        return String.format("heap %.1f MB used of %.1f MB, resident %.1f MB", usedBytes / 1e6, maxBytes / 1e6,
                residentBytes / 1e6);
    }
}
