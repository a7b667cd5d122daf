package cn.yanzhen.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack's PostgreSQL of up --secure, on a real server: once locked down, no login is trusted (the
 * superuser's neither), each service's role logs in with the password generated for it only, and a second start
 * over the same data, as the next up --secure makes it, finds it locked down still.
 */
class SecuredDatabaseTest {

    private static final Path ROLES = Path.of("../../k8s/base/database-roles.sql");
    private static final List<String> ROLES_WITH_PASSWORDS = List.of("postgres", "yanzhen", "yanzhen_intake", "yanzhen_capacity",
            "yanzhen_matching", "yanzhen_tracking", "yanzhen_notifier", "yanzhen_workbench");

    @TempDir
    Path passwords;

    @TempDir
    Path data;

    @Test
    void everyLoginNeedsItsPasswordAndEachServiceIsItsOwnRole() throws Exception {
        for (String role : ROLES_WITH_PASSWORDS) {
            Files.writeString(passwords.resolve(role), role.replace("_", "") + "Password0123456789\n");
        }
        SecuredDatabase secured = new SecuredDatabase(passwords, ROLES);
        for (int start = 1; start <= 2; start++) {
            try (EmbeddedPostgres postgres = start(secured)) {
                secured.lockDown(postgres, data);
                String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/yanzhen";

                assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close()).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> DriverManager.getConnection(url, "yanzhen_intake", "yanzhentrackingPassword0123456789").close())
                        .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
                try (Connection notifier = DriverManager.getConnection(url, "yanzhen_notifier", "yanzhennotifierPassword0123456789");
                     Statement sql = notifier.createStatement();
                     ResultSet who = sql.executeQuery("select current_user")) {
                    assertThat(who.next()).isTrue();
                    assertThat(who.getString(1)).isEqualTo("yanzhen_notifier");
                    assertThatThrownBy(() -> sql.execute("create table notifier.anything (id int)"))
                            .hasMessageContaining("permission denied");
                }
            }
        }
    }

    private EmbeddedPostgres start(SecuredDatabase secured) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setConnectConfig("password", secured.superuserPassword()).start();
        try (Connection superuser = postgres.getPostgresDatabase().getConnection(); Statement sql = superuser.createStatement();
             ResultSet exists = sql.executeQuery("select 1 from pg_database where datname = 'yanzhen'")) {
            if (!exists.next()) {
                sql.execute("create database yanzhen");
            }
        }
        return postgres;
    }
}
