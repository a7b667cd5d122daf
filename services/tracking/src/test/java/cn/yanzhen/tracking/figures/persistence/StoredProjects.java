package cn.yanzhen.tracking.figures.persistence;

import cn.yanzhen.tracking.figures.domain.Place;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.platform.testing.Endpoints;
import cn.yanzhen.platform.testing.FreshDatabase;
import cn.yanzhen.platform.testing.TestInfrastructure;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Projects of event E-OLD (industry 3825) stored as an older tracking stored them, for a backfill to count, and
 * {@link #expected} the figures FigureChanges builds of the same projects: a repeat counted in its event as it follows
 * its earliest signing.
 */
final class StoredProjects {

    /** Every scope's project counts, {@link #rows} with 23 others. */
    static final String COUNTS = "select scope, signed_count, signed_yuan, withdrawn_count, withdrawn_yuan,"
            + " commenced_count, commenced_yuan, in_production_count, in_production_yuan, cancelled_count,"
            + " cancelled_yuan, completed_yuan, overdue, recommended, acceptable, risky, mismatch, repeats_count,"
            + " repeats_yuan, verified_commenced_count, verified_commenced_yuan, verified_in_production_count,"
            + " verified_in_production_yuan, verified_completed_yuan from tracking.scope_figures";

    final FigureChanges expected = new FigureChanges(new Scopes(RegionDirectory.load(), IndustryCatalogue.load()));
    private final Endpoints server;
    private final FreshDatabase database;
    private final Map<UUID, ProjectState> states = new HashMap<>();

    private StoredProjects(Endpoints server, FreshDatabase database) {
        this.server = server;
        this.database = database;
    }

    /**
     * A fresh database with tracking's migrations before {@code version} run, and a row of {@code all} (7 signings,
     * 700 yuan) that no backfill may touch.
     */
    static StoredProjects before(int version) throws Exception {
        Endpoints server = TestInfrastructure.endpoints();
        StoredProjects stored = new StoredProjects(server, FreshDatabase.create(server));
        try (Connection connection = stored.connect()) {
            connection.createStatement().execute("create schema tracking");
            TrackingMigrations.run(connection, known -> known < version);
            connection.createStatement().execute("insert into tracking.scope_figures (scope, signed_count, signed_yuan)"
                    + " values ('all', 7, 700)");
        }
        return stored;
    }

    void drop() {
        database.drop();
    }

    UUID add(String destination, ProjectState state, UUID repeatOf) throws SQLException {
        UUID id = UUID.randomUUID();
        VerifiedProgress verified = state.verified();
        try (Connection connection = connect();
             PreparedStatement insert = connection.prepareStatement("insert into tracking.project (signing_id,"
                     + " event_code, destination_region, industry_code, investment_yuan, signed_on, status,"
                     + " commenced_on, in_production_on, registered_at, repeat_of, origin_region, energy_mwh,"
                     + " cumulative_yuan, verdict, overdue, verified_commenced_on, verified_cumulative_yuan,"
                     + " verified_in_production_on, reached_capacity_on)"
                     + " values (?, 'E-OLD', ?, '3825', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
            insert.setDate(17, date(verified.inProductionOn()));
            insert.setDate(18, date(state.reachedCapacityOn()));
            insert.executeUpdate();
        }
        states.put(id, state);
        ProjectState earliest = repeatOf == null ? null : states.get(repeatOf);
        expected.add(new Place("E-OLD", destination, "3825"), null, state.following(earliest));
        return id;
    }

    /** Each row as "first-column [the others]", the others as {@link Arrays#toString} writes them. */
    Set<String> rows(String query, int others) throws SQLException {
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

    Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), server.dbUser(), server.dbPassword());
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
