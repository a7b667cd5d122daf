package cn.yanzhen.contracts.pipeline;

import cn.yanzhen.contracts.signing.Investor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code yanzhen.lead.changed} and body of intake's {@code GET /api/leads/{leadId}} (docs/contract.md
 * §4.1.3): a project in a region's pipeline (招商项目库) as it stands, from first contact to its signing or its
 * dropping, with every contact and every stage it reached, oldest first. {@code chainCode} names the industrial
 * chain (§4.1.4) it belongs to, null when none.
 */
public record Lead(
        String leadId,
        Investor firm,
        String projectName,
        String destinationRegion,
        String industryCode,
        String chainCode,
        long expectedInvestmentYuan,
        String officer,
        LeadStage stage,
        LocalDate firstContactOn,
        List<Contact> contacts,
        List<StageChange> history,
        Conversion conversion,
        String droppedBecause) {

    /** A day the office met or spoke with the firm, and what came of it. */
    public record Contact(LocalDate on, String note, String by, Instant at) {
    }

    /** One step of the lead: the stage it reached, the day it did, why, who recorded it and when. */
    public record StageChange(LeadStage stage, LocalDate on, String note, String by, Instant at) {
    }

    /** The signing the lead became, at which event and on which day: the link from the pipeline to intake's signings. */
    public record Conversion(UUID signingId, String eventCode, LocalDate signedOn) {
    }
}
