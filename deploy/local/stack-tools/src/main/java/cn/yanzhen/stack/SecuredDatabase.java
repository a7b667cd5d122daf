package cn.yanzhen.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The local stack's PostgreSQL locked down as a deployment's (docs/contract.md §7.9; deploy/local/stack up
 * --secure): every login needs its password (SCRAM), the superuser's included, and each service has its own
 * role made by the deployment's own script (deploy/k8s/base/database-roles.sql), with the password the stack
 * generated for it. The passwords are files of one folder, named after their role: {@code postgres}, the
 * superuser; {@code yanzhen}, the migration role; {@code yanzhen_<service>}.
 */
final class SecuredDatabase {

    /** Every connection, over the loopback or the socket, proves its password. */
    private static final String HOST_BASED_AUTHENTICATION = """
            # deploy/local/stack up --secure: every role logs in with its password (SCRAM), none is trusted
            local all all scram-sha-256
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;
    private static final Pattern GENERATED = Pattern.compile("[A-Za-z0-9]{16,}");
    private static final List<String> SERVICES = List.of("intake", "capacity", "matching", "tracking", "notifier", "workbench");

    private final Path passwords;
    private final Path rolesScript;

    SecuredDatabase(Path passwords, Path rolesScript) {
        this.passwords = passwords;
        this.rolesScript = rolesScript;
    }

    String superuserPassword() throws IOException {
        return password("postgres");
    }

    /**
     * Gives the superuser its password, then has the server ask every login for one (the server of a first
     * start trusted the loopback until here), then makes the roles; running it again changes nothing.
     */
    void lockDown(EmbeddedPostgres postgres, Path dataDirectory) throws IOException, SQLException {
        try (Connection superuser = postgres.getPostgresDatabase().getConnection(); Statement sql = superuser.createStatement()) {
            sql.execute("alter role postgres password '" + superuserPassword() + "'");
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), HOST_BASED_AUTHENTICATION);
            sql.execute("select pg_reload_conf()");
        }
        try (Connection superuser = postgres.getDatabase("postgres", "yanzhen").getConnection(); Statement sql = superuser.createStatement()) {
            sql.execute(Files.readString(rolesScript));
            sql.execute("alter role yanzhen login password '" + password("yanzhen") + "'");
            for (String service : SERVICES) {
                sql.execute("alter role yanzhen_" + service + " login password '" + password("yanzhen_" + service) + "'");
            }
        }
    }

    private String password(String role) throws IOException {
        String password = Files.readString(passwords.resolve(role)).strip();
        if (!GENERATED.matcher(password).matches()) {
            throw new IllegalStateException("the password of " + role + " in " + passwords + " is not one the stack generated");
        }
        return password;
    }
}
