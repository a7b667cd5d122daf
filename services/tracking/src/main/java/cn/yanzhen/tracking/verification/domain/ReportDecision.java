package cn.yanzhen.tracking.verification.domain;

import cn.yanzhen.contracts.tracking.ReportVerified.Verdict;

/** A verifier's verdict on one report, with its note (required to reject, so the office knows what to fix). */
public record ReportDecision(Verdict verdict, String note) {
}
