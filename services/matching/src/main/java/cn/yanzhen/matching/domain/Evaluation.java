package cn.yanzhen.matching.domain;

import cn.yanzhen.contracts.matching.SigningMatched.Verdict;
import java.util.List;

/** A signing scored against one region. */
public record Evaluation(String region, int score, Verdict verdict, List<Reason> reasons) {

    public boolean has(ReasonCode code) {
        return reasons.stream().anyMatch(reason -> reason.code() == code);
    }
}
