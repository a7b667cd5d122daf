package cn.yanzhen.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database's roles as a deployment makes them (deploy/k8s/base/database-roles.sql, the one script
 * CloudNativePG runs at bootstrap), on a real PostgreSQL, with the platform's migrations run by the migration
 * role as each pod's migrate init container runs them: each service's role stays inside its own schema, the
 * dashboard (no database) has neither role nor schema, and nobody but the migration role changes an audit entry (docs/contract.md §7.9).
 */
class DatabaseRolesTest {

    private static final Path ROLES = Path.of("../../../deploy/k8s/base/database-roles.sql");
    private static final String PASSWORD = "only-for-this-test";
    private static final List<String> SCHEMAS = List.of("intake", "tracking");
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void createRolesAndMigrate() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection superuser = postgres.getPostgresDatabase().getConnection(); Statement sql = superuser.createStatement()) {
            sql.execute("create database yanzhen");
        }
        try (Connection superuser = connect("postgres", "postgres"); Statement sql = superuser.createStatement()) {
            sql.execute(Files.readString(ROLES));
            for (String role : List.of("yanzhen", "yanzhen_intake", "yanzhen_tracking")) {
                sql.execute("alter role " + role + " login password '" + PASSWORD + "'");
            }
        }
        for (String schema : SCHEMAS) {
            Flyway.configure().dataSource(url(), "yanzhen", PASSWORD).schemas(schema).defaultSchema(schema)
                    .locations("classpath:db/platform").outOfOrder(true).load().migrate();
        }
        // Run again over migrated schemas (as a later bootstrap would), it gives back none of what V0_7 took.
        try (Connection superuser = connect("postgres", "postgres"); Statement sql = superuser.createStatement()) {
            sql.execute(Files.readString(ROLES));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aServiceWritesItsOwnSchemaAndAddsToItsAuditTrail() throws SQLException {
        try (Connection intake = connect("yanzhen_intake", PASSWORD); Statement sql = intake.createStatement()) {
            assertThat(sql.executeUpdate(audit("intake"))).isEqualTo(1);
            assertThat(sql.executeUpdate("update intake.outbox set topic = topic")).isZero();
            assertThat(sql.executeUpdate("delete from intake.processed_message")).isZero();
        }
    }

    @Test
    void theDashboardHasNoRoleNorSchema() throws SQLException {
        try (Connection superuser = connect("postgres", "postgres"); Statement sql = superuser.createStatement()) {
            assertThat(sql.executeQuery("select 1 from pg_roles where rolname = 'yanzhen_dashboard'").next()).isFalse();
            assertThat(sql.executeQuery("select 1 from pg_namespace where nspname = 'dashboard'").next()).isFalse();
        }
    }

    @Test
    void trackingsRoleCannotTouchIntakesSchema() throws SQLException {
        try (Connection tracking = connect("yanzhen_tracking", PASSWORD); Statement sql = tracking.createStatement()) {
            assertThat(sql.executeUpdate(audit("tracking"))).isEqualTo(1);
            refused(sql, "select count(*) from intake.audit_entry");
            refused(sql, audit("intake"));
            refused(sql, "update intake.outbox set topic = topic");
            refused(sql, "drop table intake.outbox");
        }
    }

    @Test
    void nobodyButTheMigrationRoleChangesAnAuditEntry() throws SQLException {
        for (String service : List.of("intake", "tracking")) {
            try (Connection own = connect("yanzhen_" + service, PASSWORD); Statement sql = own.createStatement()) {
                sql.executeUpdate(audit(service));
                refused(sql, "update " + service + ".audit_entry set subject = 'someone else'");
                refused(sql, "delete from " + service + ".audit_entry");
                refused(sql, "truncate " + service + ".audit_entry");
                refused(sql, "delete from " + service + ".flyway_schema_history");
            }
        }
        try (Connection migration = connect("yanzhen", PASSWORD); Statement sql = migration.createStatement()) {
            assertThat(sql.executeUpdate("update intake.audit_entry set subject = subject")).isPositive();
        }
    }

    private static String audit(String schema) {
        return "insert into " + schema + ".audit_entry (recorded_at, subject, roles, action, entity)"
                + " values (now(), 'test', 'admin', 'test.write', 'test:1')";
    }

    private static void refused(Statement sql, String statement) {
        assertThatThrownBy(() -> sql.execute(statement)).as(statement)
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
    }

    private static Connection connect(String user, String password) throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    private static String url() {
        return postgres.getJdbcUrl("postgres", "yanzhen").replaceFirst("\\?.*", "");
    }
}
