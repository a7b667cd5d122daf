package cn.yanzhen.contracts.pipeline;

import cn.yanzhen.contracts.pipeline.PipelineFigures.Total;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pipeline figures of one scope from its leads as they stand (docs/contract.md §4.1.3): intake answers them and
 * the dashboard counts them from {@code yanzhen.pipeline}, by this one definition.
 */
public final class PipelineCount {

    /**
     * One lead as the figures see it: its firm (credit code when known, else its name), stage, expected investment,
     * first contact, and the day it was signed (null unless SIGNED).
     */
    public record LeadFacts(String firm, LeadStage stage, long amountYuan, LocalDate firstContactOn,
                            LocalDate signedOn) {

        /** The facts of a lead as {@code yanzhen.pipeline} carries it. */
        public static LeadFacts of(Lead lead) {
            return new LeadFacts(lead.firm().creditCode() != null ? lead.firm().creditCode() : lead.firm().name(),
                    lead.stage(), lead.expectedInvestmentYuan(), lead.firstContactOn(),
                    lead.conversion() == null ? null : lead.conversion().signedOn());
        }
    }

    private PipelineCount() {
    }

    public static PipelineFigures of(String scope, Collection<LeadFacts> leads) {
        Map<LeadStage, Total> byStage = new EnumMap<>(LeadStage.class);
        for (LeadStage stage : LeadStage.values()) {
            byStage.put(stage, Total.NONE);
        }
        Set<String> firms = new HashSet<>();
        Total all = Total.NONE;
        Total inNegotiation = Total.NONE;
        for (LeadFacts lead : leads) {
            firms.add(lead.firm());
            all = all.plus(lead.amountYuan());
            byStage.merge(lead.stage(), Total.NONE, (total, none) -> total.plus(lead.amountYuan()));
            if (lead.stage().inNegotiation()) {
                inNegotiation = inNegotiation.plus(lead.amountYuan());
            }
        }
        long converted = byStage.get(LeadStage.SIGNED).count();
        long dropped = byStage.get(LeadStage.DROPPED).count();
        Double rate = converted + dropped == 0 ? null : (double) converted / (converted + dropped);
        return new PipelineFigures(scope, firms.size(), all, byStage, inNegotiation, converted, dropped, rate,
                medianDaysToSigning(leads));
    }

    /** Nearest rank: the ⌈n/2⌉-th smallest of the converted leads' days from first contact to signing. */
    private static Integer medianDaysToSigning(Collection<LeadFacts> leads) {
        List<Long> days = leads.stream().filter(lead -> lead.stage() == LeadStage.SIGNED)
                .map(lead -> ChronoUnit.DAYS.between(lead.firstContactOn(), lead.signedOn())).sorted().toList();
        return days.isEmpty() ? null : Math.toIntExact(days.get((days.size() + 1) / 2 - 1));
    }
}
