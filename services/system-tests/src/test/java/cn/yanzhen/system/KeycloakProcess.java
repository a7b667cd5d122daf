package cn.yanzhen.system;

import static org.awaitility.Awaitility.await;

import cn.yanzhen.platform.testing.FreePort;
import cn.yanzhen.stack.keycloak.KeycloakAdmin;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Keycloak from its Maven Central distribution (unpacked by deploy/local/stack-tools' build) as a process of
 * its own, with the repository's realm and the demo's people and machine client, exactly as the local stack
 * sets it up. It takes half a minute to start, so every suite of a test run shares one ({@link #shared()}).
 */
final class KeycloakProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String ADMIN = "test-admin";
    private static KeycloakProcess shared;

    private final Path directory;
    private final int port = FreePort.pick();
    private final String adminPassword = UUID.randomUUID().toString();
    private Process process;

    private KeycloakProcess(Path directory) {
        this.directory = directory;
    }

    /** The one Keycloak of this test run, started (and set up) the first time a suite asks; stopped when the JVM ends. */
    static synchronized KeycloakProcess shared() throws IOException {
        if (shared == null) {
            KeycloakProcess keycloak = new KeycloakProcess(Files.createTempDirectory("yanzhen-keycloak-"));
            keycloak.launch();
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::closeQuietly));
            shared = keycloak;
        }
        return shared;
    }

    /** Waits until it answers, then puts the realm and the demo's people in place (once). */
    synchronized KeycloakProcess awaitReady() throws IOException {
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250)).until(this::answers);
        KeycloakAdmin admin = KeycloakAdmin.signIn(baseUrl(), ADMIN, adminPassword);
        if (admin.ensureRealm(files().resolve("yanzhen-realm.json"), Map.of())) {
            admin.addPeople(files().resolve("demo-people.json"));
        }
        return this;
    }

    /** Lets Keycloak send people back to a dashboard at this address after they sign in or out. */
    void admitDashboard(String dashboardUrl) throws IOException {
        KeycloakAdmin.signIn(baseUrl(), ADMIN, adminPassword).admit(KeycloakAdmin.DASHBOARD_CLIENT, dashboardUrl);
    }

    /** Lets Keycloak send people back to a workbench at this address after they sign in or out. */
    void admitWorkbench(String workbenchUrl) throws IOException {
        KeycloakAdmin.signIn(baseUrl(), ADMIN, adminPassword).admit(KeycloakAdmin.WORKBENCH_CLIENT, workbenchUrl);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** What the services are told to trust: the realm's issuer. */
    String issuer() {
        return baseUrl() + "/realms/" + KeycloakAdmin.REALM;
    }

    /** A machine client's access token (client credentials grant). */
    String clientCredentialsToken(String clientId, String secret) throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(secret);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(issuer()
                                + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("client credentials for " + clientId + ": HTTP " + answer.statusCode()
                    + " " + answer.body());
        }
        return new ObjectMapper().readTree(answer.body()).path("access_token").asText();
    }

    private void launch() throws IOException {
        Path home = distribution();
        Path db = directory.resolve("keycloakdb");
        ProcessBuilder builder = new ProcessBuilder("bash", "bin/kc.sh", "start-dev", "-Djava.io.tmpdir=" + directory,
                "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=" + baseUrl(), "--db=dev-file",
                "--db-url=jdbc:h2:file:" + db + ";NON_KEYWORDS=VALUE")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().put("JAVA_HOME", javaHome().toString());
        // C1 only, as every JVM the tests start: its start then takes less of the CPU the services need
        builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        process = builder.start();
    }

    private Path log() throws IOException {
        Path log = Path.of("target", "it-logs", "keycloak.log");
        Files.createDirectories(log.getParent());
        return log;
    }

    private boolean answers() {
        if (!process.isAlive()) {
            throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see target/it-logs/keycloak.log");
        }
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/realms/master"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Where the build unpacked Keycloak's distribution. */
    private static Path distribution() throws IOException {
        try (Stream<Path> unpacked = Files.list(Path.of(System.getProperty("keycloak.dist")))) {
            return unpacked.filter(dir -> dir.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Keycloak is not unpacked in "
                            + System.getProperty("keycloak.dist") + "; build deploy/local/stack-tools first"));
        }
    }

    private static Path files() {
        return Path.of(System.getProperty("keycloak.files"));
    }

    /**
     * Keycloak 26 needs Java 21 or newer while the build runs on 17: KEYCLOAK_JAVA_HOME, else the first such
     * JDK under /usr/lib/jvm, as deploy/local/stack looks for one.
     */
    static Path javaHome() throws IOException {
        return JavaHomes.atLeast(21).orElseThrow(() -> new IllegalStateException(
                "Keycloak 26 needs Java 21 or newer and none was found: KEYCLOAK_JAVA_HOME is "
                        + Optional.ofNullable(System.getenv("KEYCLOAK_JAVA_HOME")).orElse("not set")
                        + " and /usr/lib/jvm holds no JDK of version 21 or later; install one"
                        + " (e.g. apt-get install openjdk-21-jdk-headless) or set KEYCLOAK_JAVA_HOME"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException | InterruptedException | RuntimeException ignored) {
            // the JVM is ending: what is left is in a temporary folder
        }
    }

    /** Stops Keycloak (its launcher script and the JVM it started) and deletes its data. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process != null) {
            List<ProcessHandle> all = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
            all.forEach(ProcessHandle::destroy);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                all.forEach(ProcessHandle::destroyForcibly);
            }
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (UncheckedIOException alreadyGone) {
            // a file vanished while walking
        }
    }
}
