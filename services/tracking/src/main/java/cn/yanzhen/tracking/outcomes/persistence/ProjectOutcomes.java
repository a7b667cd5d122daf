package cn.yanzhen.tracking.outcomes.persistence;

import cn.yanzhen.tracking.projects.domain.Period;
import cn.yanzhen.tracking.projects.domain.ReportedOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/** The outcome that stands for each project and period (its latest OUTCOME report), read with the project locked. */
@ApplicationScoped
public class ProjectOutcomes {

    private final EntityManager entityManager;

    ProjectOutcomes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<ReportedOutcome> find(UUID signingId, Period period) {
        List<?> rows = entityManager.createNativeQuery("select report_id, jobs, output_value_yuan, tax_paid_yuan,"
                        + " expected_jobs from project_outcome where signing_id = ?1 and period = ?2")
                .setParameter(1, signingId).setParameter(2, period.toString()).getResultList();
        return rows.stream().map(row -> (Object[]) row).findFirst().map(columns -> new ReportedOutcome(
                (String) columns[0], period, ((Number) columns[1]).longValue(), ((Number) columns[2]).longValue(),
                ((Number) columns[3]).longValue(), columns[4] == null ? null : ((Number) columns[4]).intValue()));
    }

    /** Makes {@code outcome} the one that stands for its project and period, replacing any before it. */
    public void put(UUID signingId, ReportedOutcome outcome) {
        entityManager.createNativeQuery("insert into project_outcome (signing_id, period, report_id, jobs,"
                        + " output_value_yuan, tax_paid_yuan, expected_jobs) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                        + " on conflict (signing_id, period) do update set report_id = excluded.report_id,"
                        + " jobs = excluded.jobs, output_value_yuan = excluded.output_value_yuan,"
                        + " tax_paid_yuan = excluded.tax_paid_yuan, expected_jobs = excluded.expected_jobs")
                .setParameter(1, signingId)
                .setParameter(2, outcome.period().toString())
                .setParameter(3, outcome.reportId())
                .setParameter(4, outcome.jobs())
                .setParameter(5, outcome.outputValueYuan())
                .setParameter(6, outcome.taxPaidYuan())
                // typed, since a signing without expectedJobs binds a null PostgreSQL could not type
                .setParameter(7, new TypedParameterValue<>(StandardBasicTypes.INTEGER, outcome.expectedJobs()))
                .executeUpdate();
    }
}
