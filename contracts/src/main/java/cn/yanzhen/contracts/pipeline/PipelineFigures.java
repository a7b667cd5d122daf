package cn.yanzhen.contracts.pipeline;

import java.util.Map;

/**
 * Body of intake's {@code GET /api/pipeline/figures} (docs/contract.md §4.1.3): the pipeline of one scope as it stands.
 * {@code conversionRate} is converted ÷ (converted + dropped), null while no lead has ended; the median is
 * nearest-rank over the converted leads' days from first contact to signing, null when none converted.
 */
public record PipelineFigures(
        String scope,
        long firmsContacted,
        Total leads,
        Map<LeadStage, Total> byStage,
        Total inNegotiation,
        long converted,
        long dropped,
        Double conversionRate,
        Integer medianDaysToSigning) {

    /** How many leads and their expected investment in yuan. */
    public record Total(long count, long amountYuan) {

        public static final Total NONE = new Total(0, 0);

        public Total plus(long amountYuan) {
            return new Total(count + 1, this.amountYuan + amountYuan);
        }
    }
}
