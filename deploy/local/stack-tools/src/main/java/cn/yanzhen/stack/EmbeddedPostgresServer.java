package cn.yanzhen.stack;

import cn.yanzhen.platform.testing.PostgresBinaries;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack's PostgreSQL: a real server from zonky's binaries, extracted into a folder the stack
 * names, its data kept in the given directory between runs, the {@code yanzhen} database created on first
 * start. Runs until stopped (SIGTERM stops the server cleanly).
 *
 * <p>Arguments: data directory, port, folder of the extracted binaries; for a secured server (stack up --secure,
 * {@link SecuredDatabase}) also the folder of the generated passwords and the roles script.
 */
public final class EmbeddedPostgresServer {

    /** zonky reads it when a builder is made: where it keeps, and cleans up, its instances' folders. */
    private static final String ZONKY_WORKING_DIRECTORY = "ot.epg.working-dir";

    private EmbeddedPostgresServer() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        PostgresBinaries binaries = new PostgresBinaries(Path.of(args[2]));
        SecuredDatabase secured = args.length > 4 ? new SecuredDatabase(Path.of(args[3]), Path.of(args[4])) : null;
        EmbeddedPostgres postgres;
        try {
            postgres = start(dataDirectory, port, binaries, secured);
            if (secured != null) {
                secured.lockDown(postgres, dataDirectory);
            }
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.err.println(StartFailure.explain(failure, binaries.folder(), dataDirectory));
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("stopping PostgreSQL failed: " + e);
            }
            stopped.countDown();
        }, "stop-postgres"));
        System.out.printf("PostgreSQL ready on 127.0.0.1:%d (data in %s%s)%n", port, dataDirectory,
                secured == null ? "" : "; every login needs its password, a role per service");
        stopped.await();
    }

    private static EmbeddedPostgres start(Path dataDirectory, int port, PostgresBinaries binaries, SecuredDatabase secured)
            throws Exception {
        Files.createDirectories(dataDirectory);
        Files.createDirectories(binaries.folder());
        for (Path removed : binaries.removeUnfinishedExtractions()) {
            System.out.println("removed an unfinished extraction of PostgreSQL's binaries: " + removed);
        }
        // Without it zonky would also create, and clean up stale servers in, the shared ${java.io.tmpdir}/embedded-pg.
        System.setProperty(ZONKY_WORKING_DIRECTORY, binaries.folder().toString());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (secured != null) {
            // zonky's own connections (its readiness check, the database's creation) log in as the superuser
            builder.setConnectConfig("password", secured.superuserPassword());
        }
        EmbeddedPostgres postgres = builder
                .setOverrideWorkingDirectory(binaries.folder().toFile())
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        createDatabase(postgres, "yanzhen");
        return postgres;
    }

    private static void createDatabase(EmbeddedPostgres postgres, String name) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + name + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("create database " + name);
        }
    }
}
