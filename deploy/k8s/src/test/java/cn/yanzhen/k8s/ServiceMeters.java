package cn.yanzhen.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The yanzhen.* meters the services' sources register, under the names Micrometer gives them in /q/metrics. */
final class ServiceMeters {

    private static final Path SERVICES = Manifests.REPOSITORY.resolve("services");
    private static final Pattern METER = Pattern.compile("(Counter|Gauge|Timer|DistributionSummary)\\.builder\\(\"(yanzhen\\.[a-z.]+)\"");

    private ServiceMeters() {
    }

    /** Dots become underscores; a counter ends in _total (timers and summaries are not read by name here). */
    static Set<String> prometheusNames() {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SERVICES)) {
            for (Path file : files.filter(ServiceMeters::isMainSource).toList()) {
                Matcher meter = METER.matcher(Files.readString(file));
                while (meter.find()) {
                    String name = meter.group(2).replace('.', '_');
                    names.add(meter.group(1).equals("Counter") ? name + "_total" : name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static boolean isMainSource(Path path) {
        return path.toString().endsWith(".java") && path.toString().contains("/src/main/");
    }
}
