package cn.yanzhen.tracking.projects.persistence;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.platform.persistence.SetStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The projects a consumed batch changes, read and written a batch at a time: one locking read, one insert and one
 * update for the whole batch, whatever its size, each with its values as arrays ({@code unnest}). The projects it
 * returns are plain objects the persistence context does not manage, so no flush compares or writes them one by one.
 */
@ApplicationScoped
public class ProjectRows {

    private static final String LOCK = "select signing_id, event_code, destination_region, industry_code,"
            + " investment_yuan, signed_on, planned_commencement, status, commenced_on, in_production_on,"
            + " cumulative_yuan, last_growth_on, overdue, verdict, registered_at, repeat_of, verified_commenced_on,"
            + " verified_in_production_on, verified_cumulative_yuan, verified_investment_received,"
            + " commencement_rejected, production_rejected, energy_mwh, origin_region, expected_jobs, project_name,"
            + " investor_name, reached_capacity_on, capacity_rejected, verified_reached_capacity_on,"
            + " promise_design_capacity, promise_capacity_unit, promise_annual_output_yuan, promise_annual_tax_yuan,"
            + " promise_full_production_by, park_code, chain_code, land_m2 from project where signing_id = any (?::uuid[]) for update";

    private static final String INSERT = "insert into project (signing_id, event_code, destination_region,"
            + " industry_code, investment_yuan, signed_on, planned_commencement, status, verdict, registered_at,"
            + " repeat_of, energy_mwh, origin_region, expected_jobs, project_name, investor_name,"
            + " promise_design_capacity, promise_capacity_unit, promise_annual_output_yuan, promise_annual_tax_yuan,"
            + " promise_full_production_by, park_code, chain_code, land_m2)"
            + " select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::date[], ?::date[],"
            + " ?::text[], ?::text[], ?::timestamptz[], ?::uuid[], ?::bigint[], ?::text[], ?::int[], ?::text[], ?::text[],"
            + " ?::float8[], ?::text[], ?::bigint[], ?::bigint[], ?::date[], ?::text[], ?::text[], ?::bigint[])";

    /** The only columns a batch of signings or verdicts moves. */
    private static final String UPDATE = "update project p set status = u.status, overdue = u.overdue,"
            + " verdict = u.verdict, repeat_of = u.repeat_of"
            + " from unnest(?::uuid[], ?::text[], ?::boolean[], ?::text[], ?::uuid[])"
            + " as u (signing_id, status, overdue, verdict, repeat_of) where p.signing_id = u.signing_id";

    private final EntityManager entityManager;

    ProjectRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The projects of these signings that exist, their rows locked for update, by signing id. */
    public Map<UUID, ProjectEntity> lockAll(Collection<UUID> signingIds) {
        Map<UUID, ProjectEntity> found = new HashMap<>();
        SetStatements.read(entityManager, LOCK, signingIds, ProjectRows::read)
                .forEach(project -> found.put(project.signingId, project));
        return found;
    }

    /** Inserts new projects in one statement. */
    public void insertAll(List<ProjectEntity> added) {
        SetStatements.write(entityManager, INSERT, added, List.of(project -> project.signingId,
                project -> project.eventCode, project -> project.destinationRegion, project -> project.industryCode,
                project -> project.investmentYuan, project -> project.signedOn, project -> project.plannedCommencement,
                project -> project.status, project -> project.verdict, project -> project.registeredAt,
                project -> project.repeatOf, project -> project.energyMwh, project -> project.originRegion,
                project -> project.expectedJobs, project -> project.projectName, project -> project.investorName,
                project -> project.promiseDesignCapacity, project -> project.promiseCapacityUnit,
                project -> project.promiseAnnualOutputYuan, project -> project.promiseAnnualTaxYuan,
                project -> project.promiseFullProductionBy, project -> project.parkCode, project -> project.chainCode,
                project -> project.landSquareMetres));
    }

    /** Writes the status, overdue flag, verdict and earliest signing of changed projects, in one statement. */
    public void updateAll(List<ProjectEntity> changed) {
        SetStatements.write(entityManager, UPDATE, changed, List.of(project -> project.signingId,
                project -> project.status, project -> project.overdue, project -> project.verdict,
                project -> project.repeatOf));
    }

    private static ProjectEntity read(ResultSet row) throws SQLException {
        ProjectEntity project = new ProjectEntity();
        project.signingId = row.getObject("signing_id", UUID.class);
        project.eventCode = row.getString("event_code");
        project.destinationRegion = row.getString("destination_region");
        project.industryCode = row.getString("industry_code");
        project.investmentYuan = row.getLong("investment_yuan");
        project.signedOn = row.getObject("signed_on", LocalDate.class);
        project.plannedCommencement = row.getObject("planned_commencement", LocalDate.class);
        project.status = ProjectStatus.valueOf(row.getString("status"));
        project.commencedOn = row.getObject("commenced_on", LocalDate.class);
        project.inProductionOn = row.getObject("in_production_on", LocalDate.class);
        project.cumulativeYuan = row.getLong("cumulative_yuan");
        project.lastGrowthOn = row.getObject("last_growth_on", LocalDate.class);
        project.overdue = row.getBoolean("overdue");
        project.verdict = row.getString("verdict");
        project.registeredAt = row.getTimestamp("registered_at").toInstant();
        project.repeatOf = row.getObject("repeat_of", UUID.class);
        project.verifiedCommencedOn = row.getObject("verified_commenced_on", LocalDate.class);
        project.verifiedInProductionOn = row.getObject("verified_in_production_on", LocalDate.class);
        project.verifiedCumulativeYuan = row.getLong("verified_cumulative_yuan");
        project.verifiedInvestmentReceived = row.getLong("verified_investment_received");
        project.commencementRejected = row.getBoolean("commencement_rejected");
        project.productionRejected = row.getBoolean("production_rejected");
        project.energyMwh = row.getLong("energy_mwh");
        project.originRegion = row.getString("origin_region");
        project.expectedJobs = row.getObject("expected_jobs", Integer.class);
        project.projectName = row.getString("project_name");
        project.investorName = row.getString("investor_name");
        project.reachedCapacityOn = row.getObject("reached_capacity_on", LocalDate.class);
        project.capacityRejected = row.getBoolean("capacity_rejected");
        project.verifiedReachedCapacityOn = row.getObject("verified_reached_capacity_on", LocalDate.class);
        project.promiseDesignCapacity = row.getObject("promise_design_capacity", Double.class);
        project.promiseCapacityUnit = row.getString("promise_capacity_unit");
        project.promiseAnnualOutputYuan = row.getObject("promise_annual_output_yuan", Long.class);
        project.promiseAnnualTaxYuan = row.getObject("promise_annual_tax_yuan", Long.class);
        project.promiseFullProductionBy = row.getObject("promise_full_production_by", LocalDate.class);
        project.parkCode = row.getString("park_code");
        project.chainCode = row.getString("chain_code");
        project.landSquareMetres = row.getLong("land_m2");
        return project;
    }
}
