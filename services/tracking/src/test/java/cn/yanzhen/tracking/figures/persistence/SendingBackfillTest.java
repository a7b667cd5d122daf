package cn.yanzhen.tracking.figures.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.platform.testing.Endpoints;
import cn.yanzhen.platform.testing.FreshDatabase;
import cn.yanzhen.platform.testing.TestInfrastructure;
import cn.yanzhen.tracking.figures.domain.CycleMark;
import cn.yanzhen.tracking.figures.domain.EnergyUse;
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
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V40 fills the scopes of the sending side for the projects already stored: exactly what FigureChanges would have
 * built, or an old project's first move would take a figure below zero; every other scope keeps its rows.
 */
class SendingBackfillTest {

    private static final LocalDate JULY_20 = LocalDate.of(2025, 7, 20);
    private static final Predicate<String> SENDING = scope -> scope.startsWith("origin:") || scope.startsWith("flow:")
            || scope.startsWith("zone-flow:");

    private final FigureChanges expected = new FigureChanges(new Scopes(RegionDirectory.load(),
            IndustryCatalogue.load()));
    private FreshDatabase database;
    private Endpoints server;

    @BeforeEach
    void migrateToV38() throws Exception {
        server = TestInfrastructure.endpoints();
        database = FreshDatabase.create(server);
        try (Connection connection = connect()) {
            connection.createStatement().execute("create schema tracking");
            TrackingMigrations.run(connection, version -> version < 40);
            connection.createStatement().execute("insert into tracking.scope_figures (scope, signed_count, signed_yuan)"
                    + " values ('all', 7, 700)");
        }
    }

    @AfterEach
    void drop() {
        database.drop();
    }

    @Test
    void theBackfilledSendingScopesAreWhatFigureChangesBuilds() throws Exception {
        ProjectState shenzhen = new ProjectState(ProjectStatus.COMMENCED, 100, JULY_20.plusDays(30), null, 30, false,
                "RISKY", false, new VerifiedProgress(JULY_20.plusDays(30), null, 20, 1), JULY_20, 5_000, "440300");
        UUID first = add("450500", shenzhen, null);
        add("450500", state(ProjectStatus.SIGNED, null, null, true, 0, "440300"), first);
        add("530100", state(ProjectStatus.WITHDRAWN, null, null, false, 0, "130000"), null);
        add("440300", state(ProjectStatus.IN_PRODUCTION, JULY_20.plusDays(10), JULY_20.plusDays(90), false, 1_000,
                "652801"), null);
        add("510100", state(ProjectStatus.CANCELLED, JULY_20.plusDays(40), null, false, 200, "330100"), null);
        add("330100", new ProjectState(ProjectStatus.SIGNED, 100, null, null, 0, true, "ACCEPTABLE", false,
                VerifiedProgress.NONE, JULY_20, 0, "330100"), null);
        add("450100", state(ProjectStatus.SIGNED, null, null, false, 0, null), null);

        try (Connection connection = connect()) {
            TrackingMigrations.run(connection, version -> version == 40);
        }

        Set<String> counts = new HashSet<>();
        expected.changed().forEach((scope, contribution) -> {
            if (SENDING.test(scope)) {
                counts.add(scope + " " + Arrays.toString(contribution.values()));
            }
        });
        assertThat(counts).contains("origin:650000 " + Arrays.toString(expected.changed().get("flow:650000:440000")
                .values()));
        assertThat(rows("select scope, signed_count, signed_yuan, withdrawn_count, withdrawn_yuan, commenced_count,"
                + " commenced_yuan, in_production_count, in_production_yuan, cancelled_count, cancelled_yuan,"
                + " completed_yuan, overdue, recommended, acceptable, risky, mismatch, repeats_count, repeats_yuan,"
                + " verified_commenced_count, verified_commenced_yuan, verified_in_production_count,"
                + " verified_in_production_yuan, verified_completed_yuan from tracking.scope_figures", 23))
                .containsExactlyInAnyOrderElementsOf(with(counts, "all [7, 700" + ", 0".repeat(21) + "]"));

        Set<String> cycles = new HashSet<>();
        expected.countsOf(CycleMark.KIND, CycleMark.class).forEach((scope, marks) -> marks.forEach((mark, count) -> {
            if (SENDING.test(scope)) {
                cycles.add(scope + " [" + mark.measure() + ", " + mark.value() + ", " + count + "]");
            }
        }));
        assertThat(rows("select scope, measure, value, projects from tracking.scope_cycle", 3))
                .containsExactlyInAnyOrderElementsOf(cycles);

        Set<String> energy = new HashSet<>();
        expected.countsOf(EnergyUse.KIND, EnergyUse.class).forEach((scope, uses) -> uses.forEach((use, mwh) -> {
            if (SENDING.test(scope)) {
                energy.add(scope + " [" + use.destinationRegion() + ", " + use.originRegion() + ", " + mwh + "]");
            }
        }));
        assertThat(energy).contains("flow:440000:450000 [450500, 440300, 5000]");
        assertThat(rows("select scope, destination_region, origin_region, mwh from tracking.scope_energy", 3))
                .containsExactlyInAnyOrderElementsOf(energy);
    }

    private static Set<String> with(Set<String> rows, String row) {
        Set<String> all = new HashSet<>(rows);
        all.add(row);
        return all;
    }

    /** Each row as "first-column [the others]", the others as {@link Arrays#toString} writes them. */
    private Set<String> rows(String query, int others) throws SQLException {
        Set<String> found = new HashSet<>();
        try (Connection connection = connect();
             ResultSet result = connection.createStatement().executeQuery(query)) {
            while (result.next()) {
                Object[] values = new Object[others];
                for (int i = 0; i < others; i++) {
                    values[i] = result.getObject(i + 2);
                }
                found.add(result.getString(1) + " " + Arrays.toString(values));
            }
        }
        return found;
    }

    private UUID add(String destination, ProjectState state, UUID repeatOf) throws SQLException {
        UUID id = UUID.randomUUID();
        VerifiedProgress verified = state.verified();
        try (Connection connection = connect();
             PreparedStatement insert = connection.prepareStatement("insert into tracking.project (signing_id,"
                     + " event_code, destination_region, industry_code, investment_yuan, signed_on, status, commenced_on,"
                     + " in_production_on, registered_at, repeat_of, origin_region, energy_mwh, cumulative_yuan, verdict,"
                     + " overdue, verified_commenced_on, verified_cumulative_yuan)"
                     + " values (?, 'E-OLD', ?, '3825', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, destination);
            insert.setLong(3, state.investmentYuan());
            insert.setDate(4, Date.valueOf(state.signedOn()));
            insert.setString(5, state.status().name());
            insert.setDate(6, date(state.commencedOn()));
            insert.setDate(7, date(state.inProductionOn()));
            insert.setTimestamp(8, Timestamp.from(Instant.now()));
            insert.setObject(9, repeatOf);
            insert.setString(10, state.originRegion());
            insert.setLong(11, state.energyMwh());
            insert.setLong(12, state.cumulativeYuan());
            insert.setString(13, state.verdict());
            insert.setBoolean(14, state.overdue());
            insert.setDate(15, date(verified.commencedOn()));
            insert.setLong(16, verified.cumulativeYuan());
            insert.executeUpdate();
        }
        expected.add("E-OLD", destination, "3825", null, state);
        return id;
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static ProjectState state(ProjectStatus status, LocalDate commencedOn, LocalDate inProductionOn,
                                      boolean repeat, long energyMwh, String origin) {
        return new ProjectState(status, 100, commencedOn, inProductionOn, 0, false, null, repeat, VerifiedProgress.NONE,
                JULY_20, energyMwh, origin);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), server.dbUser(), server.dbPassword());
    }
}
