package cn.yanzhen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.stack.keycloak.DemoPeople;
import cn.yanzhen.stack.keycloak.DemoPeople.Person;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's people as the issue names them, each with one of the five roles the services read. */
class DemoPeopleTest {

    private static final Path PEOPLE = Path.of("../../keycloak/demo-people.json");

    @Test
    void theDemoHasItsOrganiserOfficesVerifierMonitorAndAdmin() throws Exception {
        List<Person> people = DemoPeople.read(PEOPLE);

        assertThat(people).extracting(Person::username).containsExactly("gx.organiser", "nanning.office",
                "beihai.office", "guangxi.verifier", "monitor", "admin");
        assertThat(people).extracting(Person::role).allMatch(Roles.ALL::contains);
        assertThat(people).filteredOn(person -> person.username().equals("nanning.office")).extracting(Person::region)
                .containsExactly("450100");
        assertThat(people).extracting(Person::password).allMatch(password -> password.length() >= 8);
    }
}
