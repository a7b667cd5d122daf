package cn.yanzhen.tracking.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ProjectStatus;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import cn.yanzhen.contracts.tracking.ReportVerified.Verdict;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.figures.domain.VerifiedProgress;
import cn.yanzhen.tracking.projects.domain.Progress;
import cn.yanzhen.tracking.projects.domain.ProgressRules;
import cn.yanzhen.tracking.projects.domain.Report;
import cn.yanzhen.tracking.projects.domain.ReportRefused;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VerificationDomainTest {

    private static final LocalDate SIGNED = LocalDate.of(2025, 7, 20);
    private static final ReportDecision VERIFY = new ReportDecision(Verdict.VERIFIED, null);

    @Test
    void theVerifiedInvestmentIsTheLatestReceivedVerifiedReportsWhateverOrderTheyAreVerifiedIn() {
        VerifiedProgress verified = VerifiedProgress.NONE
                .after(ReportType.INVESTMENT, null, 600L, 3)
                .after(ReportType.INVESTMENT, null, 400L, 2);
        assertThat(verified.cumulativeYuan()).isEqualTo(600);
        assertThat(verified.after(ReportType.INVESTMENT, null, 550L, 4).cumulativeYuan()).isEqualTo(550);
        assertThat(verified.after(ReportType.COMMENCED, SIGNED, null, 5).commencedOn()).isEqualTo(SIGNED);
    }

    @Test
    void aReportIsDecidedOnceBySomeoneOtherThanItsAuthor() {
        VerificationRules.ReportFacts pending = facts(ReportType.COMMENCED, null, null);
        assertThat(VerificationRules.refusal(pending, ProjectStatus.COMMENCED, VERIFY, "verifier-1")).isEmpty();
        assertThat(VerificationRules.refusal(pending, ProjectStatus.COMMENCED, VERIFY, "office-1")).get()
                .extracting(ReportRefused::reason).isEqualTo(ReportRefused.Reason.NOT_ALLOWED);
        VerificationRules.ReportFacts rejected = facts(ReportType.COMMENCED, Verdict.REJECTED, "no permit");
        assertThat(VerificationRules.refusal(rejected, ProjectStatus.COMMENCED,
                new ReportDecision(Verdict.REJECTED, "no permit"), "verifier-1")).isEmpty();
        assertThat(VerificationRules.refusal(rejected, ProjectStatus.COMMENCED, VERIFY, "verifier-1")).get()
                .extracting(ReportRefused::reason).isEqualTo(ReportRefused.Reason.CONFLICT);
        assertThat(VerificationRules.refusal(facts(ReportType.CANCELLED, null, null), ProjectStatus.CANCELLED, VERIFY,
                "verifier-1")).isPresent();
        assertThat(VerificationRules.refusal(pending, ProjectStatus.WITHDRAWN, VERIFY, "verifier-1")).isPresent();
    }

    @Test
    void aRejectionNeedsANoteSayingWhatToCorrect() {
        Violations withoutNote = new Violations();
        VerificationRules.check(new ReportDecision(Verdict.REJECTED, null), withoutNote);
        Violations longNote = new Violations();
        VerificationRules.check(new ReportDecision(null, "x".repeat(501)), longNote);
        Violations controlCharacters = new Violations();
        VerificationRules.check(new ReportDecision(Verdict.REJECTED, "证据\u0000不足"), controlCharacters);
        assertThat(withoutNote.all()).extracting(Violations.Violation::field).containsExactly("note");
        assertThat(longNote.all()).extracting(Violations.Violation::field).containsExactly("verdict", "note");
        assertThat(controlCharacters.all()).extracting(Violations.Violation::message)
                .containsExactly("must not contain control characters");
    }

    @Test
    void aRejectedMilestoneMayBeReportedAgainAndTheCorrectionReplacesItsDate() {
        Progress commenced = new Progress(ProjectStatus.COMMENCED, SIGNED, 1_000, SIGNED.plusDays(30), null, 0,
                SIGNED.plusDays(30));
        Report again = new Report("R2", ReportType.COMMENCED, SIGNED.plusDays(40), null, null, false, null);
        assertThat(ProgressRules.conflict(again, commenced)).isPresent();

        Progress rejected = commenced.rejected(ReportType.COMMENCED);
        assertThat(ProgressRules.conflict(again, rejected)).isEmpty();
        Progress corrected = rejected.after(again);
        assertThat(corrected.commencedOn()).isEqualTo(SIGNED.plusDays(40));
        assertThat(corrected.commencementRejected()).isFalse();
        assertThat(ProgressRules.conflict(again, corrected)).isPresent();
    }

    private static VerificationRules.ReportFacts facts(ReportType type, Verdict verdict, String note) {
        return new VerificationRules.ReportFacts("R1", type, "office-1", verdict, note);
    }
}
