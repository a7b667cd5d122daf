package cn.yanzhen.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU seconds each component of the stack has used, from /proc: the services and the broker by the
 * pids the stack recorded, PostgreSQL as its postmaster and every backend of it (other PostgreSQL
 * servers on the machine are not counted). The difference of two readings says where a load's CPU went.
 */
final class CpuUse {

    private static final double TICKS_PER_SECOND = 100.0;

    private CpuUse() {
    }

    static Map<String, Double> read(Path runDirectory, List<String> components) throws IOException {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String component : components) {
            Path pidFile = runDirectory.resolve(component + ".pid");
            if (Files.exists(pidFile)) {
                seconds.put(component, cpuSeconds(Path.of("/proc", Files.readString(pidFile).trim()))
                        + replicaSeconds(runDirectory, component));
            }
        }
        Path postmaster = runDirectory.resolveSibling("data").resolve("postgres").resolve("postmaster.pid");
        if (Files.exists(postmaster)) {
            seconds.put("postgres", postgresSeconds(Files.readAllLines(postmaster).get(0).trim()));
        }
        return seconds;
    }

    /** The CPU of the component's other replicas (pid files {@code component-2.pid}, …), added to the first's. */
    private static double replicaSeconds(Path runDirectory, String component) throws IOException {
        double total = 0;
        try (DirectoryStream<Path> replicas = Files.newDirectoryStream(runDirectory, component + "-[0-9]*.pid")) {
            for (Path pidFile : replicas) {
                total += cpuSeconds(Path.of("/proc", Files.readString(pidFile).trim()));
            }
        }
        return total;
    }

    static Map<String, Double> since(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((component, seconds) -> used.put(component, seconds - before.getOrDefault(component, 0.0)));
        return used;
    }

    private static double postgresSeconds(String postmasterPid) throws IOException {
        double total = cpuSeconds(Path.of("/proc", postmasterPid));
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                String stat = readQuietly(process.resolve("stat"));
                if (!stat.isEmpty() && parentOf(stat).equals(postmasterPid)) {
                    total += cpuSeconds(process);
                }
            }
        }
        return total;
    }

    private static String parentOf(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1];
    }

    /** utime + stime of the process and of its children that have ended, in seconds. */
    private static double cpuSeconds(Path process) {
        String stat = readQuietly(process.resolve("stat"));
        if (stat.isEmpty()) {
            return 0;
        }
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                + Long.parseLong(fields[14]);
        return ticks / TICKS_PER_SECOND;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
