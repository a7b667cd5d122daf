package cn.yanzhen.intake.application.pipeline;

import cn.yanzhen.contracts.pipeline.PipelineFigures;
import cn.yanzhen.contracts.pipeline.PipelineCount;
import cn.yanzhen.intake.domain.pipeline.PipelineScope;
import cn.yanzhen.intake.persistence.pipeline.LeadStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The pipeline figures of a scope, counted from its leads as they stand when asked (docs/contract.md §4.1.3). */
@ApplicationScoped
public class PipelineFigureQuery {

    private final LeadStore leads;

    PipelineFigureQuery(LeadStore leads) {
        this.leads = leads;
    }

    @Transactional
    public PipelineFigures of(PipelineScope scope) {
        return PipelineCount.of(scope.name(), leads.facts(scope.regions(), scope.division(), scope.chain()));
    }
}
