package cn.yanzhen.tracking.keyprojects.persistence;

import cn.yanzhen.contracts.tracking.KeyPlan;
import cn.yanzhen.contracts.tracking.KeyPlan.Approval;
import cn.yanzhen.contracts.tracking.KeyPlan.Kind;
import cn.yanzhen.contracts.tracking.KeyPlan.Status;
import cn.yanzhen.tracking.projects.domain.ProjectSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/** The key projects' plans and their approvals (docs/contract.md §4.9). */
@ApplicationScoped
public class KeyPlanStore {

    private static final String APPROVALS = "select kind, name, due_on, status, submitted_on, granted_on, note,"
            + " late_since from key_approval where signing_id = ?1";

    private final EntityManager entityManager;

    KeyPlanStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<KeyPlanEntity> find(UUID signingId) {
        return Optional.ofNullable(entityManager.find(KeyPlanEntity.class, signingId));
    }

    /** The plan, its row locked until the transaction ends. */
    public Optional<KeyPlanEntity> lock(UUID signingId) {
        return Optional.ofNullable(entityManager.find(KeyPlanEntity.class, signingId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The plan's approvals in the order of their kinds. */
    public List<Approval> approvals(UUID signingId) {
        return approvals(APPROVALS, signingId);
    }

    /** The same, their rows locked until the transaction ends, so that no watch marks one late meanwhile. */
    public List<Approval> lockApprovals(UUID signingId) {
        return approvals(APPROVALS + " for update", signingId);
    }

    /** Marks the approval late from the day after its due date, and says whether it was not already. */
    public boolean markLate(UUID signingId, Kind kind) {
        return entityManager.createNativeQuery("update key_approval set late_since = due_on + 1 where signing_id = ?1"
                        + " and kind = ?2 and late_since is null and status <> 'GRANTED'").setParameter(1, signingId)
                .setParameter(2, kind.name()).executeUpdate() == 1;
    }

    private List<Approval> approvals(String query, UUID signingId) {
        List<?> rows = entityManager.createNativeQuery(query).setParameter(1, signingId).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(columns -> new Approval(Kind.valueOf((String) columns[0]),
                        (String) columns[1], SqlDates.date(columns[2]), Status.valueOf((String) columns[3]),
                        SqlDates.date(columns[4]), SqlDates.date(columns[5]), (String) columns[6],
                        SqlDates.date(columns[7])))
                .sorted(Comparator.comparing(Approval::kind)).toList();
    }

    /** Stores the plan as it now stands: its officer and who changed it, and exactly these approvals. */
    public KeyPlanEntity save(ProjectSummary project, String officer, List<Approval> approvals, String by,
                              Instant at) {
        Optional<KeyPlanEntity> earlier = find(project.signingId());
        KeyPlanEntity plan = earlier.orElseGet(KeyPlanEntity::new);
        plan.signingId = project.signingId();
        plan.eventCode = project.eventCode();
        plan.destinationRegion = project.destinationRegion();
        plan.officer = officer;
        plan.changedBy = by;
        plan.changedAt = at;
        if (earlier.isEmpty()) {
            plan.recordedAt = at;
            entityManager.persist(plan);
        }
        entityManager.flush();
        entityManager.createNativeQuery("delete from key_approval where signing_id = ?1")
                .setParameter(1, plan.signingId).executeUpdate();
        approvals.forEach(approval -> insert(plan.signingId, approval));
        return plan;
    }

    private void insert(UUID signingId, Approval approval) {
        entityManager.unwrap(Session.class).createNativeMutationQuery("insert into key_approval (signing_id, kind, name, due_on, status,"
                        + " submitted_on, granted_on, note, late_since) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, signingId).setParameter(2, approval.kind().name()).setParameter(3, approval.name())
                .setParameter(4, approval.dueOn()).setParameter(5, approval.status().name())
                .setParameter(6, approval.submittedOn(), LocalDate.class)
                .setParameter(7, approval.grantedOn(), LocalDate.class).setParameter(8, approval.note())
                .setParameter(9, approval.lateSince(), LocalDate.class).executeUpdate();
    }

    /** The plan as the API and the topic show it, with its project's event, destination and name. */
    public KeyPlan view(KeyPlanEntity plan, ProjectSummary project) {
        return new KeyPlan(plan.signingId, project.eventCode(), project.destinationRegion(), project.projectName(),
                plan.officer, approvals(plan.signingId), plan.changedBy, plan.changedAt);
    }
}
