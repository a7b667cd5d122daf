package cn.yanzhen.intake.persistence.pipeline;

import cn.yanzhen.contracts.pipeline.LeadStage;
import cn.yanzhen.contracts.pipeline.PipelineCount.LeadFacts;
import cn.yanzhen.platform.api.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LeadStore implements PanacheRepositoryBase<LeadEntity, String> {

    /** Adds a new lead; an id already taken fails at the flush, inside the caller's transaction. */
    public void add(LeadEntity lead) {
        persist(lead);
        flush();
    }

    public Optional<LeadEntity> find(String leadId) {
        return findByIdOptional(leadId);
    }

    public Optional<LeadEntity> lock(String leadId) {
        return findByIdOptional(leadId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The leads whose destination is one of {@code regions} (all when null) at {@code stage} (any when null), the
     * latest first contact first.
     */
    public Page<LeadEntity> page(Collection<String> regions, LeadStage stage, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (regions != null) {
            where.add("destinationRegion in :regions");
            parameters.and("regions", regions);
        }
        if (stage != null) {
            where.add("stage = :stage");
            parameters.and("stage", stage);
        }
        Sort order = Sort.descending("firstContactOn").and("leadId");
        PanacheQuery<LeadEntity> query = (where.isEmpty() ? findAll(order)
                : find(String.join(" and ", where), order, parameters)).page(page, size);
        return new Page<>(query.list(), page, size, query.count());
    }

    /** What the figures need of every lead going to one of {@code regions}, of a division, of a chain (any when null). */
    public List<LeadFacts> facts(Collection<String> regions, String division, String chain) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (regions != null) {
            where.append(" and destinationRegion in :regions");
            parameters.and("regions", regions);
        }
        if (division != null) {
            where.append(" and substring(industryCode, 1, 2) = :division");
            parameters.and("division", division);
        }
        if (chain != null) {
            where.append(" and chainCode = :chain");
            parameters.and("chain", chain);
        }
        TypedQuery<Object[]> query = getEntityManager().createQuery("select coalesce(firmCreditCode, firmName), stage, "
                + "expectedInvestmentYuan, firstContactOn, signedOn from LeadEntity where " + where, Object[].class);
        parameters.map().forEach(query::setParameter);
        return query.getResultStream()
                .map(row -> new LeadFacts((String) row[0], (LeadStage) row[1], (Long) row[2], (LocalDate) row[3],
                        (LocalDate) row[4]))
                .toList();
    }

    public Optional<LeadEntity> ofSigning(UUID signingId) {
        return find("signingId", signingId).firstResultOptional();
    }
}
