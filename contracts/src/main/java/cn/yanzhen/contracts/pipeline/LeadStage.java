package cn.yanzhen.contracts.pipeline;

/**
 * 线索 → 在谈 → 意向 → 签约, or 放弃 from any stage before the signing. A lead moves forward only (it may skip a stage);
 * SIGNED comes only from linking the lead to its signing; SIGNED and DROPPED are final.
 */
public enum LeadStage {
    LEAD("线索"),
    NEGOTIATING("在谈"),
    INTENT("意向"),
    SIGNED("签约"),
    DROPPED("放弃");

    private final String chinese;

    LeadStage(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public boolean isFinal() {
        return this == SIGNED || this == DROPPED;
    }

    /** Still being worked on and not yet signed: 在谈 or 意向 (what the offices report as "在谈项目"). */
    public boolean inNegotiation() {
        return this == NEGOTIATING || this == INTENT;
    }
}
