package cn.yanzhen.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Apache Kafka's own broker (KRaft, combined broker and controller) as a process of its own, so a test
 * can kill it with SIGKILL and start it again on the same data and port.
 */
final class KafkaProcess implements AutoCloseable {

    private final Path directory;
    private final int port = freePort();
    private final int controllerPort = freePort();
    private Process process;

    private KafkaProcess(Path directory) {
        this.directory = directory;
    }

    static KafkaProcess start() throws Exception {
        KafkaProcess kafka = new KafkaProcess(Files.createTempDirectory("yanzhen-fault-kafka-"));
        kafka.format();
        kafka.startProcess();
        return kafka;
    }

    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void restart() throws IOException {
        startProcess();
    }

    private void format() throws Exception {
        Files.writeString(directory.resolve("server.properties"), String.join("\n",
                "process.roles=broker,controller", "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + directory.resolve("data"),
                "offsets.topic.replication.factor=1", "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1", "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false", ""));
        Process uuid = new ProcessBuilder(java("kafka.tools.StorageTool", "random-uuid")).start();
        String clusterId = new String(uuid.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (uuid.waitFor() != 0) {
            throw new IllegalStateException("kafka-storage random-uuid failed");
        }
        Process format = new ProcessBuilder(java("kafka.tools.StorageTool", "format", "-t", clusterId, "-c",
                directory.resolve("server.properties").toString()))
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("format.log").toFile())
                .start();
        if (format.waitFor() != 0) {
            throw new IllegalStateException("formatting Kafka storage failed; see " + directory.resolve("format.log"));
        }
    }

    private void startProcess() throws IOException {
        process = new ProcessBuilder(java("kafka.Kafka", directory.resolve("server.properties").toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("kafka.log").toFile()))
                .start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(this::listening);
    }

    private boolean listening() {
        if (!process.isAlive()) {
            throw new IllegalStateException("Kafka exited; see " + directory.resolve("kafka.log"));
        }
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return socket.isConnected();
        } catch (IOException notYet) {
            return false;
        }
    }

    private static List<String> java(String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("kafka.broker.lib") + "/*"));
        command.addAll(List.of(arguments));
        return command;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the broker and deletes its data. */
    @Override
    public void close() throws InterruptedException, IOException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
