package cn.yanzhen.system;

import static org.awaitility.Awaitility.await;

import cn.yanzhen.platform.testing.FreePort;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Zipkin's server (the slim build: in-memory storage, the UI, the HTTP API) as a process of its own, the trace
 * backend of the local stack's {@code --observe}; read through its HTTP API as an operator's tools read it.
 */
final class ZipkinProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final Process process;

    private ZipkinProcess(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** Launches the server without waiting for it: its few seconds of start can overlap the services'. */
    static ZipkinProcess launch() throws IOException {
        Path jar = Path.of(System.getProperty("zipkin.server.jar"));
        Path log = Path.of("target", "it-logs", "zipkin.log");
        Files.createDirectories(log.getParent());
        int port = FreePort.pick();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ZipkinProcess(port, process);
    }

    /** Waits until the server answers its health check. */
    ZipkinProcess awaitReady() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("zipkin exited with " + process.exitValue() + "; see target/it-logs/zipkin.log");
            }
            try {
                return get("/health").path("status").asText().equals("UP");
            } catch (IOException notYetListening) {
                return false;
            }
        });
        return this;
    }

    /** Where the services send their spans. */
    String spansEndpoint() {
        return "http://127.0.0.1:" + port + "/api/v2/spans";
    }

    /** The traces holding a span of {@code service} (empty: any) tagged {@code tag=value}, as Zipkin's API finds them. */
    JsonNode tracesTagged(String service, String tag, String value) throws IOException {
        String query = "/api/v2/traces?limit=100&lookback=3600000&annotationQuery="
                + URLEncoder.encode(tag + "=" + value, StandardCharsets.UTF_8)
                + (service.isEmpty() ? "" : "&serviceName=" + URLEncoder.encode(service, StandardCharsets.UTF_8));
        return get(query);
    }

    JsonNode trace(String traceId) throws IOException {
        return get("/api/v2/trace/" + traceId);
    }

    private JsonNode get(String path) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("zipkin answered " + response.statusCode() + " to " + path + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
