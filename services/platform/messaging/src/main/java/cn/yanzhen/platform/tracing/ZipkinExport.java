package cn.yanzhen.platform.tracing;

import io.opentelemetry.exporter.zipkin.ZipkinSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import zipkin2.reporter.urlconnection.URLConnectionSender;

/**
 * Spans to a Zipkin server's {@code /api/v2/spans} (JSON v2) when {@code yanzhen.tracing.exporter=zipkin}:
 * Zipkin's server takes no OTLP without a module that is not to be had from Maven Central. Quarkus's OTLP
 * exporter stands aside whenever a {@link SpanExporter} bean can be looked up, so it cannot be looked up
 * otherwise.
 */
public class ZipkinExport {

    @Produces
    @Singleton
    @Unremovable
    @LookupIfProperty(name = TracingSwitch.EXPORTER, stringValue = "zipkin")
    SpanExporter zipkin(@ConfigProperty(name = "yanzhen.tracing.endpoint",
            defaultValue = "http://127.0.0.1:9411/api/v2/spans") String endpoint) {
        return ZipkinSpanExporter.builder().setSender(URLConnectionSender.create(endpoint)).build();
    }
}
