package cn.yanzhen.platform.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * A service run as its own JVM from its packaged jar, for tests that kill and restart processes.
 * Its output goes to a log file under {@code target/}.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path jar;
    private final Map<String, String> properties;
    private final Path log;
    private final int port;
    private final int managementPort;
    private Process process;

    public ServiceProcess(Path jar, Map<String, String> properties, Path log) {
        this.jar = jar;
        this.properties = properties;
        this.log = log;
        this.port = FreePort.pick();
        this.managementPort = FreePort.pick();
    }

    public int port() {
        return port;
    }

    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    /** Where its health, metrics and OpenAPI are: the management interface, a port of its own. */
    public String managementUri() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** Starts the JVM, trusting the test tokens, with the given extra properties; waits until it is ready. */
    public ServiceProcess start(Map<String, String> extraProperties) throws IOException {
        return launch(extraProperties).awaitReady();
    }

    /** Starts the JVM without waiting for it, so that several can start at once and be awaited together. */
    public ServiceProcess launch(Map<String, String> extraProperties) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "@" + jvmOptions(), "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort));
        Tokens.serviceConfig().forEach((name, value) -> command.add("-D" + name + "=" + value));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        extraProperties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        // from its own folder, where the class-data archive the build made applies
        if (Files.exists(jar.resolveSibling("app-cds.jsa"))) {
            command.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        command.addAll(List.of("-jar", jar.getFileName().toString()));
        Files.createDirectories(log.getParent());
        process = new ProcessBuilder(command)
                .directory(jar.toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return this;
    }

    /** Waits until the launched JVM is ready; fails at once if it exits. */
    public ServiceProcess awaitReady() {
        // A service restarted while others start and a load runs, two cores between them all, takes minutes.
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250)).until(this::ready);
        return this;
    }

    /** The JVM options every service runs with ({@code deploy/service.jvm}), found above the working directory. */
    static Path jvmOptions() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path options = dir.resolve("deploy").resolve("service.jvm");
            if (Files.exists(options)) {
                return options;
            }
        }
        throw new IllegalStateException("deploy/service.jvm not found above " + Path.of("").toAbsolutePath());
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits for the JVM to end by itself; its exit code, or empty if it still runs after {@code wait}. */
    public OptionalInt awaitExit(Duration wait) throws InterruptedException {
        return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)
                ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
    }

    public Path log() {
        return log;
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new IllegalStateException("service exited with " + process.exitValue() + "; see " + log);
        }
        HttpRequest probe = HttpRequest.newBuilder(URI.create(managementUri() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            return HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
