package cn.yanzhen.system;

import static org.awaitility.Awaitility.await;

import cn.yanzhen.platform.testing.Endpoints;
import cn.yanzhen.platform.testing.PostgresBinaries;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import cn.yanzhen.platform.testing.FreePort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of its own, run from zonky's binaries with {@code pg_ctl} (inside {@code unshare -U},
 * since initdb and pg_ctl refuse to run as root), so a test can kill it with SIGKILL and start it again on the
 * same data and port, or restart it the way an operator does ({@code pg_ctl restart -m fast}).
 */
final class PostgresProcess implements AutoCloseable {

    private static final String USER = "postgres";

    private final Path directory;
    private final Path bin;
    private final int port = FreePort.pick();

    private PostgresProcess(Path directory, Path bin) {
        this.directory = directory;
        this.bin = bin;
    }

    static PostgresProcess start() throws Exception {
        PostgresProcess postgres = new PostgresProcess(Files.createTempDirectory("yanzhen-pg-"), binaries());
        postgres.run("initdb", "-D", postgres.data().toString(), "-U", USER, "-A", "trust", "-E", "UTF-8");
        postgres.startAgain();
        return postgres;
    }

    Endpoints endpoints() {
        return new Endpoints("unused", "jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, USER,
                "PostgreSQL run by pg_ctl");
    }

    /** SIGKILL to the postmaster and every backend: no shutdown checkpoint, crash recovery at the next start. */
    void kill() throws Exception {
        long postmaster = Long.parseLong(Files.readAllLines(data().resolve("postmaster.pid")).get(0).strip());
        List<ProcessHandle> processes = new ArrayList<>();
        ProcessHandle.of(postmaster).ifPresent(handle -> {
            processes.add(handle);
            handle.descendants().forEach(processes::add);
        });
        processes.forEach(ProcessHandle::destroyForcibly);
        await().atMost(Duration.ofSeconds(30)).until(() -> processes.stream().noneMatch(ProcessHandle::isAlive));
    }

    void startAgain() throws Exception {
        run("pg_ctl", "-D", data().toString(), "-l", directory.resolve("postgres.log").toString(), "-w", "-t", "120",
                "-o", options(), "start");
        awaitAccepting();
    }

    /** What an operator's restart does: a fast shutdown (open transactions rolled back, clients cut off), then a start. */
    void restartFast() throws Exception {
        run("pg_ctl", "-D", data().toString(), "-l", directory.resolve("postgres.log").toString(), "-w", "-t", "120",
                "-m", "fast", "-o", options(), "restart");
        awaitAccepting();
    }

    private String options() {
        // fsync=off: a killed server's writes survive in the page cache, and a power cut is not what these tests are
        // about. synchronous_commit stays on: off, a commit is acknowledged before its WAL leaves the server's memory,
        // so SIGKILL loses commits a consumer has already answered with an offset (173 signings lost in one CI run)
        return "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + directory
                + " -c max_connections=300 -c fsync=off";
    }

    private void awaitAccepting() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            try (Connection connection = DriverManager.getConnection(endpoints().jdbcUrl(), USER, USER)) {
                return connection.isValid(2);
            } catch (SQLException notYet) {
                return false;
            }
        });
    }

    private Path data() {
        return directory.resolve("data");
    }

    private void run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("unshare", "-U", bin.resolve(program).toString()));
        command.addAll(List.of(arguments));
        Path log = directory.resolve(program + ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(program + " failed: " + Files.readString(log));
        }
    }

    /** zonky's extracted binaries; extracted by starting (and stopping) a throwaway server when none are there yet. */
    private static Path binaries() throws IOException {
        Optional<Path> extracted = extractedBinaries();
        if (extracted.isEmpty()) {
            EmbeddedPostgres.builder().start().close();
            extracted = extractedBinaries();
        }
        return extracted.orElseThrow(() -> new IllegalStateException("zonky extracted no PostgreSQL binaries"))
                .resolve("bin");
    }

    private static Optional<Path> extractedBinaries() throws IOException {
        Path folder = PostgresBinaries.zonkyDefault().folder();
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> extractions = Files.list(folder)) {
            return extractions.filter(path -> path.getFileName().toString().startsWith("PG-"))
                    .filter(path -> Files.exists(path.resolve(PostgresBinaries.FINISHED_MARKER)))
                    .filter(path -> Files.isExecutable(path.resolve("bin/pg_ctl")))
                    .findFirst();
        }
    }

    /** Stops the server (immediately: its data is thrown away) and deletes its folder. */
    @Override
    public void close() throws Exception {
        try {
            run("pg_ctl", "-D", data().toString(), "-m", "immediate", "-w", "stop");
        } catch (IllegalStateException alreadyDown) {
            // killed by the test and not started again
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
