package cn.yanzhen.dashboard.domain;

import cn.yanzhen.contracts.pipeline.Lead;
import cn.yanzhen.contracts.pipeline.PipelineCount.LeadFacts;

/**
 * What the dashboard keeps of a lead as {@code yanzhen.pipeline} last delivered it: where it goes, the industrial chain
 * it is tagged to (null when none) and what the figures count of it. Its contacts and history are not kept, so a lead
 * costs the same however long it was worked on.
 */
public record PipelineLead(String destinationRegion, String chainCode, LeadFacts facts) {

    public static PipelineLead of(Lead lead) {
        return new PipelineLead(lead.destinationRegion(), lead.chainCode(), LeadFacts.of(lead));
    }
}
