package cn.yanzhen.tracking.figures.persistence;

import cn.yanzhen.tracking.figures.domain.Place;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.platform.testing.Endpoints;
import cn.yanzhen.platform.testing.FreshDatabase;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.tracking.figures.domain.CycleMark;
import cn.yanzhen.tracking.figures.domain.FigureChanges;
import cn.yanzhen.tracking.figures.domain.ProjectState;
import cn.yanzhen.tracking.figures.domain.Scopes;
import cn.yanzhen.tracking.figures.domain.VerifiedProgress;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V33 builds the cycle-time histograms of the projects already stored: they must be exactly what FigureChanges
 * would have built, or the first move of an old project would take a count below zero.
 */
class CycleBackfillTest {

    private static final LocalDate JULY_20 = LocalDate.of(2025, 7, 20);

    private FreshDatabase database;
    private Endpoints server;
    private final Map<UUID, Row> rows = new HashMap<>();

    @BeforeEach
    void migrateToV32() throws Exception {
        server = TestInfrastructure.endpoints();
        database = FreshDatabase.create(server);
        try (Connection connection = connect()) {
            connection.createStatement().execute("create schema tracking");
        }
        migrate(version -> version < 33);
    }

    @AfterEach
    void drop() {
        database.drop();
    }

    @Test
    void theBackfilledHistogramsAreWhatFigureChangesBuilds() throws Exception {
        UUID a = add("E-OLD", "450100", "3825", JULY_20, ProjectStatus.COMMENCED, JULY_20.plusDays(30), null, null);
        add("E-OLD", "450500", "3825", JULY_20, ProjectStatus.IN_PRODUCTION, JULY_20.plusDays(60),
                JULY_20.plusDays(150), null);
        add("E-OLD", "450000", "1713", LocalDate.of(2025, 8, 1), ProjectStatus.SIGNED, null, null, null);
        add("E-OLD", "450100", "3825", JULY_20, ProjectStatus.CANCELLED, JULY_20.plusDays(80), null, null);
        UUID e = add("E-OLD", "450100", "3825", JULY_20, ProjectStatus.WITHDRAWN, JULY_20.plusDays(10), null, null);
        add("E-NEW", "450100", "3825", LocalDate.of(2026, 1, 10), ProjectStatus.SIGNED, null, null, a);
        add("E-NEW", "450100", "3825", LocalDate.of(2026, 1, 12), ProjectStatus.SIGNED, null, null, e);
        add("E-NEW", "652801", "1713", LocalDate.of(2025, 11, 1), ProjectStatus.SIGNED, null, null, null);

        migrate(version -> version == 33);

        FigureChanges expected = new FigureChanges(new Scopes(RegionDirectory.load(), IndustryCatalogue.load()));
        for (Row row : rows.values()) {
            Row earliest = row.repeatOf() == null ? null : rows.get(row.repeatOf());
            expected.add(new Place(row.event(), row.destination(), row.industry()), null,
                    row.state().following(earliest == null ? null : earliest.state()));
        }
        Set<String> built = new HashSet<>();
        expected.countsOf(CycleMark.KIND, CycleMark.class).forEach((scope, marks) -> marks.forEach((mark, count) ->
                built.add(scope + " " + mark.measure() + " " + mark.value() + " " + count)));
        assertThat(built).contains("event:E-NEW SIGNING_TO_COMMENCEMENT 30 1", "region:652800 AWAITING_COMMENCEMENT "
                + LocalDate.of(2025, 11, 1).toEpochDay() + " 1", "all SIGNING_TO_COMMENCEMENT 80 1");
        assertThat(backfilled()).containsExactlyInAnyOrderElementsOf(built);
    }

    private Set<String> backfilled() throws SQLException {
        Set<String> found = new HashSet<>();
        try (Connection connection = connect();
             ResultSet result = connection.createStatement().executeQuery(
                     "select scope, measure, value, projects from tracking.scope_cycle")) {
            while (result.next()) {
                found.add(result.getString(1) + " " + result.getString(2) + " " + result.getLong(3) + " "
                        + result.getLong(4));
            }
        }
        return found;
    }

    private UUID add(String event, String destination, String industry, LocalDate signedOn, ProjectStatus status,
                     LocalDate commencedOn, LocalDate inProductionOn, UUID repeatOf) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = connect();
             PreparedStatement insert = connection.prepareStatement("insert into tracking.project (signing_id,"
                     + " event_code, destination_region, industry_code, investment_yuan, signed_on, status, commenced_on,"
                     + " in_production_on, registered_at, repeat_of) values (?, ?, ?, ?, 100, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, event);
            insert.setString(3, destination);
            insert.setString(4, industry);
            insert.setDate(5, Date.valueOf(signedOn));
            insert.setString(6, status.name());
            insert.setDate(7, commencedOn == null ? null : Date.valueOf(commencedOn));
            insert.setDate(8, inProductionOn == null ? null : Date.valueOf(inProductionOn));
            insert.setTimestamp(9, Timestamp.from(Instant.now()));
            insert.setObject(10, repeatOf);
            insert.executeUpdate();
        }
        rows.put(id, new Row(event, destination, industry, repeatOf, new ProjectState(status, 100, commencedOn,
                inProductionOn, 0, false, null, repeatOf != null, VerifiedProgress.NONE, signedOn, 0, null)));
        return id;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), server.dbUser(), server.dbPassword());
    }

    private void migrate(IntPredicate versions) throws Exception {
        try (Connection connection = connect()) {
            TrackingMigrations.run(connection, versions);
        }
    }

    private record Row(String event, String destination, String industry, UUID repeatOf, ProjectState state) {
    }
}
