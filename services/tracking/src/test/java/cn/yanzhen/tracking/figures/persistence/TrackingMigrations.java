package cn.yanzhen.tracking.figures.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/** Tracking's own migration scripts run by hand, so that a test can stop between two versions and fill the tables. */
final class TrackingMigrations {

    private TrackingMigrations() {
    }

    /** Runs the scripts whose version passes, in version order, as Flyway would, in the schema {@code tracking}. */
    static void run(Connection connection, IntPredicate versions) throws Exception {
        Path folder = Path.of(TrackingMigrations.class.getClassLoader().getResource("db/tracking").toURI());
        List<Path> scripts;
        try (Stream<Path> files = Files.list(folder)) {
            scripts = files.filter(file -> versions.test(version(file)))
                    .sorted(Comparator.comparingInt(TrackingMigrations::version)).toList();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("set search_path to tracking");
            for (Path script : scripts) {
                statement.execute(Files.readString(script));
            }
        }
    }

    private static int version(Path script) {
        String name = script.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
