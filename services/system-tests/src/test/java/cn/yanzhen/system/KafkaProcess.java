package cn.yanzhen.system;

import static org.awaitility.Awaitility.await;

import cn.yanzhen.platform.testing.FreePort;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Apache Kafka's own broker (KRaft, combined broker and controller) as a process of its own, so a test
 * can kill it with SIGKILL and start it again on the same data and port: alone, or as one node of a
 * {@link KafkaCluster}.
 */
final class KafkaProcess implements AutoCloseable {

    private final Path directory;
    private final int nodeId;
    private final int port = FreePort.pick();
    private final int controllerPort = FreePort.pick();
    private Process process;
    private List<String> security = List.of("listeners=PLAINTEXT://127.0.0.1:%d,CONTROLLER://127.0.0.1:%d",
            "advertised.listeners=PLAINTEXT://127.0.0.1:%1$d", "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    private List<String> formatArguments = List.of();

    private KafkaProcess(Path directory, int nodeId) {
        this.directory = directory;
        this.nodeId = nodeId;
    }

    /** A single broker, started. */
    static KafkaProcess start() throws Exception {
        KafkaProcess kafka = node(1);
        kafka.format(clusterId(), kafka.voter(), 1);
        kafka.restart();
        return kafka;
    }

    /**
     * A single broker that trusts no one, as docs/contract.md §7.9 asks of a deployment: clients authenticate
     * with SCRAM-SHA-512 (the users and passwords given, each added at format time as {@code kafka-storage
     * format --add-scram} does) and Kafka's StandardAuthorizer allows only what an ACL allows; {@code admin}
     * is the one super user. The controller listener stays plaintext on the loopback (KRaft cannot
     * authenticate it with SCRAM, whose credentials live in the metadata it serves), so the broker's own
     * requests to its controller arrive as ANONYMOUS, which is a super user for that reason only.
     */
    static KafkaProcess startSecured(String adminPassword, java.util.Map<String, String> users) throws Exception {
        KafkaProcess kafka = node(1);
        String adminLogin = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\""
                + adminPassword + "\";";
        kafka.security = List.of("listeners=SASL_PLAINTEXT://127.0.0.1:%d,CONTROLLER://127.0.0.1:%d",
                "advertised.listeners=SASL_PLAINTEXT://127.0.0.1:%1$d",
                "listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=SASL_PLAINTEXT", "sasl.enabled.mechanisms=SCRAM-SHA-512",
                "sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512",
                "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=" + adminLogin,
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "super.users=User:admin;User:ANONYMOUS", "allow.everyone.if.no.acl.found=false");
        List<String> scram = new ArrayList<>(List.of("--add-scram", "SCRAM-SHA-512=[name=admin,password=" + adminPassword + "]"));
        users.forEach((user, password) -> scram.addAll(List.of("--add-scram", "SCRAM-SHA-512=[name=" + user + ",password=" + password + "]")));
        kafka.formatArguments = scram;
        kafka.format(clusterId(), kafka.voter(), 1);
        kafka.restart();
        return kafka;
    }

    /** A node of a cluster, not yet formatted nor started. */
    static KafkaProcess node(int nodeId) throws IOException {
        return new KafkaProcess(Files.createTempDirectory("yanzhen-kafka-" + nodeId + "-"), nodeId);
    }

    /** A new cluster id, as {@code kafka-storage random-uuid} makes it. */
    static String clusterId() throws IOException, InterruptedException {
        Process uuid = new ProcessBuilder(java("kafka.tools.StorageTool", "random-uuid")).start();
        String clusterId = new String(uuid.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (uuid.waitFor() != 0) {
            throw new IllegalStateException("kafka-storage random-uuid failed");
        }
        return clusterId;
    }

    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /** This node as a controller quorum voter: {@code id@host:port}. */
    String voter() {
        return nodeId + "@127.0.0.1:" + controllerPort;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void restart() throws IOException {
        launch();
        awaitListening();
    }

    /**
     * Writes the broker's configuration and formats its storage: {@code replicas} copies of every topic
     * (the internal ones too), a write acknowledged once two of three have it.
     */
    void format(String clusterId, String voters, int replicas) throws Exception {
        int minInSync = replicas >= 3 ? 2 : 1;
        Files.writeString(directory.resolve("server.properties"), String.join("\n",
                "process.roles=broker,controller", "node.id=" + nodeId,
                "controller.quorum.voters=" + voters,
                String.join("\n", security).formatted(port, controllerPort),
                "controller.listener.names=CONTROLLER",
                "log.dirs=" + directory.resolve("data"),
                "offsets.topic.replication.factor=" + replicas, "transaction.state.log.replication.factor=" + replicas,
                "transaction.state.log.min.isr=" + minInSync, "default.replication.factor=" + replicas,
                "min.insync.replicas=" + minInSync, "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false", ""));
        List<String> command = new ArrayList<>(List.of("kafka.tools.StorageTool", "format", "-t", clusterId, "-c",
                directory.resolve("server.properties").toString()));
        command.addAll(formatArguments);
        Process format = new ProcessBuilder(java(command.toArray(String[]::new)))
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("format.log").toFile())
                .start();
        if (format.waitFor() != 0) {
            throw new IllegalStateException("formatting Kafka storage failed; see " + directory.resolve("format.log"));
        }
    }

    /** Starts the process; a cluster's node listens only once a quorum of controllers is up. */
    void launch() throws IOException {
        process = new ProcessBuilder(java("kafka.Kafka", directory.resolve("server.properties").toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("kafka.log").toFile()))
                .start();
    }

    void awaitListening() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(this::listening);
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

    /** With C1 only and the serial collector, as every JVM the tests start: they cost least CPU on two cores. */
    private static List<String> java(String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("kafka.broker.lib") + "/*"));
        command.addAll(List.of(arguments));
        return command;
    }

    /** Asks the broker to stop, without waiting (a cluster asks all its nodes first). */
    void requestStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /** Stops the broker (killing it when it does not stop within 30 s) and deletes its data. */
    @Override
    public void close() throws InterruptedException, IOException {
        requestStop();
        if (process != null && !process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
