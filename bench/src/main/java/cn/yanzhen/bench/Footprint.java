package cn.yanzhen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Each service's resident memory, read from /proc for the pid the local stack recorded. */
final class Footprint {

    private Footprint() {
    }

    static Map<String, Long> residentMegabytes(Path runDirectory, List<String> services) throws IOException {
        Map<String, Long> rss = new LinkedHashMap<>();
        for (String service : services) {
            Path pidFile = runDirectory.resolve(service + ".pid");
            if (Files.exists(pidFile)) {
                vmRssKb(Files.readString(pidFile).trim()).ifPresent(kb -> rss.put(service, kb / 1024));
            }
        }
        return rss;
    }

    private static Optional<Long> vmRssKb(String pid) throws IOException {
        Path status = Path.of("/proc", pid, "status");
        if (!Files.exists(status)) {
            return Optional.empty();
        }
        return Files.readAllLines(status).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst();
    }

    /** Start-to-ready seconds per service, as the stack measured them ("name seconds" per line). */
    static Map<String, Double> startSeconds(Path file) throws IOException {
        Map<String, Double> seconds = new LinkedHashMap<>();
        if (file == null || !Files.exists(file)) {
            return seconds;
        }
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 2) {
                seconds.put(parts[0], Double.parseDouble(parts[1]));
            }
        }
        return seconds;
    }
}
