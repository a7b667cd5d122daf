package cn.yanzhen.dashboard;

import cn.yanzhen.contracts.pipeline.Lead;
import cn.yanzhen.contracts.pipeline.LeadStage;
import cn.yanzhen.contracts.signing.Investor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Records of yanzhen.pipeline as intake publishes them: a lead as it stands after each change a test makes. */
public final class LeadRecords {

    private final String leadId;
    private Investor firm;
    private String destination = "450100";
    private String chainCode;
    private long yuan = 100_000_000L;
    private LocalDate firstContactOn = LocalDate.of(2025, 3, 1);
    private final List<Lead.StageChange> history = new ArrayList<>();
    private Lead.Conversion conversion;
    private String droppedBecause;

    private LeadRecords(String leadId) {
        this.leadId = leadId;
        this.firm = new Investor("企业 " + leadId, null, "440300");
    }

    public static LeadRecords lead(String leadId) {
        return new LeadRecords(leadId);
    }

    /** The firm by its credit code (the figures tell firms apart by it) or, with null, by its name only. */
    public LeadRecords firm(String name, String creditCode) {
        firm = new Investor(name, creditCode, "440300");
        return this;
    }

    public LeadRecords to(String region, long expectedYuan) {
        destination = region;
        yuan = expectedYuan;
        return this;
    }

    /** Tagged to an industrial chain of its destination's province. */
    public LeadRecords chain(String code) {
        chainCode = code;
        return this;
    }

    public LeadRecords firstContact(LocalDate on) {
        firstContactOn = on;
        return this;
    }

    /** The lead as recorded (LEAD, 线索) or, after {@link #moved}, as it stands then. */
    public Lead build() {
        List<Lead.StageChange> stages = new ArrayList<>(List.of(change(LeadStage.LEAD, firstContactOn)));
        stages.addAll(history);
        LeadStage stage = stages.get(stages.size() - 1).stage();
        return new Lead(leadId, firm, "项目 " + leadId, destination, "3841", chainCode, yuan, "投资促进局 王敏", stage,
                firstContactOn, List.of(new Lead.Contact(firstContactOn, null, "office", Instant.now())),
                List.copyOf(stages), conversion, droppedBecause);
    }

    /** Moves it on (NEGOTIATING, INTENT or DROPPED) and answers the record intake publishes then. */
    public Lead moved(LeadStage stage, LocalDate on) {
        history.add(change(stage, on));
        droppedBecause = stage == LeadStage.DROPPED ? "企业转投他省" : null;
        return build();
    }

    /** Links it to its signing, signed on that day. */
    public Lead signed(LocalDate on) {
        conversion = new Lead.Conversion(UUID.randomUUID(), "2025-GX", on);
        return moved(LeadStage.SIGNED, on);
    }

    private static Lead.StageChange change(LeadStage stage, LocalDate on) {
        return new Lead.StageChange(stage, on, null, "office", Instant.now());
    }
}
