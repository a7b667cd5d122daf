package cn.yanzhen.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack's PostgreSQL: a real server from zonky's binaries, its data kept in the given
 * directory between runs, the {@code yanzhen} database created on first start. Runs until stopped
 * (SIGTERM stops the server cleanly).
 *
 * <p>Arguments: data directory, port.
 */
public final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        createDatabase(postgres, "yanzhen");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("stopping PostgreSQL failed: " + e);
            }
            stopped.countDown();
        }, "stop-postgres"));
        System.out.printf("PostgreSQL ready on 127.0.0.1:%d (data in %s)%n", port, dataDirectory);
        stopped.await();
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
