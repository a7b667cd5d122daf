package cn.yanzhen.stack.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The demo's people (deploy/keycloak/demo-people.json) as a person reads them: who signs in with what. */
public final class DemoPeople {

    /** One person: username, password, role and region ("-" when the role has none). */
    public record Person(String username, String password, String role, String region) {

        String line() {
            return String.format("%-18s %-18s %-16s %s", username, password, role, region);
        }
    }

    private DemoPeople() {
    }

    /** The people who sign in with a password; a machine client's service account has none. */
    public static List<Person> read(Path peopleFile) throws IOException {
        List<Person> people = new ArrayList<>();
        for (JsonNode user : new ObjectMapper().readTree(peopleFile.toFile()).path("users")) {
            JsonNode password = user.path("credentials").path(0).path("value");
            if (password.isMissingNode()) {
                continue;
            }
            people.add(new Person(user.path("username").asText(), password.asText(),
                    user.path("realmRoles").path(0).asText(), user.path("attributes").path("region").path(0).asText("-")));
        }
        return people;
    }

    /** A header and a line per person. */
    static String table(List<Person> people) {
        StringBuilder table = new StringBuilder(new Person("USERNAME", "PASSWORD", "ROLE", "REGION").line());
        for (Person person : people) {
            table.append('\n').append(person.line());
        }
        return table.toString();
    }
}
