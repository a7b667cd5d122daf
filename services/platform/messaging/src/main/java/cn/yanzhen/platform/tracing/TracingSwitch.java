package cn.yanzhen.platform.tracing;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns the OpenTelemetry SDK on or off from one setting, {@code yanzhen.tracing.exporter}
 * ({@code YANZHEN_TRACING_EXPORTER}): {@code off} (the default: no span is started, nothing is exported),
 * {@code zipkin} (Zipkin's {@code /api/v2/spans}, {@link ZipkinExport}) or {@code otlp} (Quarkus's own OTLP
 * exporter). Quarkus's switch is the negation, {@code quarkus.otel.sdk.disabled}; this source sets it at an
 * ordinal below a service's {@code application.properties}, so an explicit setting there still wins.
 */
public class TracingSwitch implements ConfigSourceFactory {

    static final String EXPORTER = "yanzhen.tracing.exporter";
    private static final List<String> EXPORTERS = List.of("off", "zipkin", "otlp");
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue value = context.getValue(EXPORTER);
        String exporter = value == null || value.getValue() == null ? "off"
                : value.getValue().trim().toLowerCase(Locale.ROOT);
        if (!EXPORTERS.contains(exporter)) {
            throw new IllegalArgumentException(EXPORTER + " (YANZHEN_TRACING_EXPORTER) is '" + value.getValue()
                    + "'; it must be one of " + EXPORTERS);
        }
        return List.of(new MapBackedConfigSource("yanzhen tracing switch", Map.of(
                "quarkus.otel.sdk.disabled", String.valueOf("off".equals(exporter))), ORDINAL) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }
}
