package cn.yanzhen.stack.keycloak;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * What deploy/local/stack asks of Keycloak; the admin's name and password come from
 * KC_BOOTSTRAP_ADMIN_USERNAME and KC_BOOTSTRAP_ADMIN_PASSWORD, as Keycloak itself reads them.
 *
 * <pre>
 *   realm URL REALM_FILE DASHBOARD_URL WORKBENCH_URL   create the realm from the file unless it exists
 *   people URL PEOPLE_FILE               add the file's people and clients (those there already are kept)
 *   users PEOPLE_FILE                    print each person: username, password, role, region
 * </pre>
 */
public final class KeycloakTool {

    private KeycloakTool() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("keycloak: " + e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            System.err.println("keycloak: " + e.getMessage());
            System.exit(1);
        }
    }

    static String run(String... args) throws IOException {
        String command = args.length > 0 ? args[0] : "";
        return switch (command) {
            case "realm" -> {
                expect(args, 5);
                yield admin(args[1]).ensureRealm(Path.of(args[2]), Map.of(KeycloakAdmin.DASHBOARD_CLIENT, args[3],
                        KeycloakAdmin.WORKBENCH_CLIENT, args[4]))
                        ? "realm " + KeycloakAdmin.REALM + " created from " + args[2]
                        : "realm " + KeycloakAdmin.REALM + " kept";
            }
            case "people" -> {
                expect(args, 3);
                yield admin(args[1]).addPeople(Path.of(args[2]));
            }
            case "users" -> {
                expect(args, 2);
                yield DemoPeople.table(DemoPeople.read(Path.of(args[1])));
            }
            default -> throw new IllegalArgumentException(
                    "usage: realm URL REALM_FILE DASHBOARD_URL WORKBENCH_URL | people URL PEOPLE_FILE | users PEOPLE_FILE");
        };
    }

    private static KeycloakAdmin admin(String url) throws IOException {
        return KeycloakAdmin.signIn(url, System.getenv("KC_BOOTSTRAP_ADMIN_USERNAME"),
                System.getenv("KC_BOOTSTRAP_ADMIN_PASSWORD"));
    }

    private static void expect(String[] args, int count) {
        if (args.length != count) {
            throw new IllegalArgumentException(args[0] + " takes " + (count - 1) + " arguments");
        }
    }
}
