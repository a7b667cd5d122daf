package cn.yanzhen.tracking.keyprojects.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.tracking.KeyPlan.Approval;
import cn.yanzhen.contracts.tracking.KeyPlan.Kind;
import cn.yanzhen.contracts.tracking.KeyPlan.Status;
import cn.yanzhen.contracts.tracking.KeyProjectFigures;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.figures.domain.FigureContribution;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A key project's plan (docs/contract.md §4.9): its fields, how it may change, and its figures, worked by hand. */
class KeyPlanDomainTest {

    private static final LocalDate SIGNED = LocalDate.of(2025, 7, 20);
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 1);

    @Test
    void aPlanNamesEachBadField() {
        assertThat(fields(new KeyPlanRequest(null, List.of()))).containsExactlyInAnyOrder("officer", "approvals");
        KeyPlanRequest bad = new KeyPlanRequest(" ", List.of(planned(Kind.LAND, "2025-10-31"),
                new PlannedApproval(Kind.OTHER, null, LocalDate.of(2025, 12, 1)), new PlannedApproval(null, null, null),
                planned(Kind.LAND, "2025-11-30"), new PlannedApproval(Kind.ENERGY, "能".repeat(101), null)));
        assertThat(fields(bad)).containsExactlyInAnyOrder("officer", "approvals[1].name", "approvals[2].kind",
                "approvals[2].dueOn", "approvals[3].kind", "approvals[4].name", "approvals[4].dueOn");

        Violations early = new Violations();
        KeyPlanRules.checkDueDates(plan("王敏", planned(Kind.LAND, "2025-07-20"), planned(Kind.ENERGY, "2025-07-19")),
                SIGNED, early);
        assertThat(early.all()).extracting(Violations.Violation::field).containsExactly("approvals[1].dueOn");
    }

    @Test
    void onlyAnApprovalNeitherGrantedNorPastItsDueDateMovesOrLeaves() {
        List<Approval> current = List.of(granted(Kind.LAND, "2025-09-30", "2025-09-20"),
                open(Kind.PLANNING, "2025-10-31", null), open(Kind.ENVIRONMENT, "2025-11-01", null),
                open(Kind.ENERGY, "2025-12-31", null));
        // today 11-01: LAND is granted, PLANNING's due date has passed; ENVIRONMENT is due today, ENERGY later
        KeyPlanRequest same = plan("王敏", planned(Kind.ENERGY, "2025-12-31"), planned(Kind.LAND, "2025-09-30"),
                planned(Kind.PLANNING, "2025-10-31"), planned(Kind.ENVIRONMENT, "2025-11-01"));
        assertThat(KeyPlanRules.sameAs("王敏", current, same)).isTrue();
        assertThat(KeyPlanRules.sameAs("李强", current, same)).isFalse();

        KeyPlanRequest moved = plan("李强", planned(Kind.LAND, "2025-09-30"), planned(Kind.PLANNING, "2025-10-31"),
                planned(Kind.ENVIRONMENT, "2025-12-15"), planned(Kind.CONSTRUCTION_PERMIT, "2026-03-31"));
        assertThat(KeyPlanRules.conflict(current, moved, TODAY)).isEmpty();
        List<Approval> after = KeyPlanRules.applied(current, moved);
        assertThat(after).extracting(Approval::kind).containsExactly(Kind.LAND, Kind.PLANNING, Kind.ENVIRONMENT,
                Kind.CONSTRUCTION_PERMIT);
        assertThat(after.get(0)).isEqualTo(current.get(0));
        assertThat(after.get(2).dueOn()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(after.get(3).status()).isEqualTo(Status.NEEDED);

        assertThat(KeyPlanRules.conflict(current, plan("王敏", planned(Kind.PLANNING, "2025-10-31"),
                planned(Kind.ENVIRONMENT, "2025-11-01")), TODAY)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("LAND").contains("GRANTED").contains("stays in the plan"));
        assertThat(KeyPlanRules.conflict(current, plan("王敏", planned(Kind.LAND, "2025-09-30"),
                planned(Kind.PLANNING, "2025-11-30")), TODAY)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("PLANNING").contains("past its due date 2025-10-31"));
    }

    @Test
    void approvalsMoveNeededSubmittedGrantedAndGrantedIsFinal() {
        Approval needed = open(Kind.LAND, "2025-10-31", null);
        ApprovalMove submit = new ApprovalMove(Status.SUBMITTED, LocalDate.of(2025, 9, 1), "材料已报送");
        ApprovalMove grant = new ApprovalMove(Status.GRANTED, LocalDate.of(2025, 10, 20), null);
        assertThat(ApprovalRules.conflict(needed, submit)).isEmpty();
        assertThat(ApprovalRules.conflict(needed, grant)).isEmpty();
        Approval submitted = ApprovalRules.taken(needed, submit);
        assertThat(ApprovalRules.isTheLatest(submitted, submit)).isTrue();
        assertThat(ApprovalRules.conflict(submitted, submit)).isPresent();
        assertThat(ApprovalRules.conflict(submitted, grant)).isEmpty();
        Approval granted = ApprovalRules.taken(submitted, grant);
        assertThat(granted.submittedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(granted.grantedOn()).isEqualTo(LocalDate.of(2025, 10, 20));
        assertThat(ApprovalRules.conflict(granted, grant)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("final"));
        assertThat(ApprovalRules.isTheLatest(granted, grant)).isTrue();

        assertThat(day(needed, new ApprovalMove(Status.SUBMITTED, LocalDate.of(2025, 7, 19), null))).containsExactly("on");
        assertThat(day(submitted, new ApprovalMove(Status.GRANTED, LocalDate.of(2025, 8, 31), null))).containsExactly("on");
        assertThat(day(needed, new ApprovalMove(Status.GRANTED, TODAY.plusDays(1), null))).containsExactly("on");
        assertThat(day(needed, new ApprovalMove(Status.GRANTED, TODAY, null))).isEmpty();
        Violations bad = new Violations();
        ApprovalRules.check(new ApprovalMove(Status.NEEDED, null, null), bad);
        assertThat(bad.all()).extracting(Violations.Violation::field).containsExactly("status", "on");
    }

    @Test
    void figuresCountProjectsAndApprovalsGrantedOpenAndLateAsWorkedByHand() {
        // project A: LAND granted, PLANNING late, ENERGY open; project B: ENVIRONMENT open, OTHER granted
        List<Approval> a = List.of(granted(Kind.LAND, "2025-09-30", "2025-09-20"),
                ApprovalRules.late(open(Kind.PLANNING, "2025-10-31", null)), open(Kind.ENERGY, "2025-12-31", null));
        List<Approval> b = List.of(open(Kind.ENVIRONMENT, "2025-11-30", null),
                granted(Kind.OTHER, "2025-10-15", "2025-10-10"));
        List<FigureContribution> contributions = new ArrayList<>(KeyPlanMark.counted(a, 1));
        contributions.addAll(KeyPlanMark.counted(b, 1));
        // 2 projects; granted LAND, OTHER = 2; open PLANNING, ENERGY, ENVIRONMENT = 3, of which PLANNING late
        assertThat(figures(contributions)).isEqualTo(new KeyProjectFigures(2, 2, 3, 1));
        assertThat(a.get(1).lateSince()).isEqualTo(LocalDate.of(2025, 11, 1));

        // A's late PLANNING is granted: taken back as late, counted as granted; still 2 projects
        List<Approval> aAfter = List.of(a.get(0), ApprovalRules.taken(a.get(1), new ApprovalMove(Status.GRANTED,
                TODAY, null)), a.get(2));
        contributions.addAll(KeyPlanMark.counted(a, -1));
        contributions.addAll(KeyPlanMark.counted(aAfter, 1));
        assertThat(figures(contributions)).isEqualTo(new KeyProjectFigures(2, 3, 2, 0));
        assertThat(aAfter.get(1).lateSince()).as("it was late, and stays so in its record")
                .isEqualTo(LocalDate.of(2025, 11, 1));
    }

    private static KeyProjectFigures figures(List<FigureContribution> contributions) {
        Map<KeyPlanMark.Measure, Long> counts = new EnumMap<>(KeyPlanMark.Measure.class);
        contributions.forEach(contribution -> counts.merge(((KeyPlanMark) contribution.key()).measure(),
                contribution.counts()[0], Long::sum));
        return KeyPlanFigures.of(counts);
    }

    private static List<String> day(Approval approval, ApprovalMove move) {
        Violations violations = new Violations();
        ApprovalRules.checkDay(approval, move, SIGNED, TODAY, violations);
        return violations.all().stream().map(Violations.Violation::field).toList();
    }

    private static List<String> fields(KeyPlanRequest plan) {
        Violations violations = new Violations();
        KeyPlanRules.check(plan, violations);
        return violations.all().stream().map(Violations.Violation::field).toList();
    }

    private static KeyPlanRequest plan(String officer, PlannedApproval... approvals) {
        return new KeyPlanRequest(officer, List.of(approvals));
    }

    private static PlannedApproval planned(Kind kind, String dueOn) {
        return new PlannedApproval(kind, kind == Kind.OTHER ? "林地使用许可" : null, LocalDate.parse(dueOn));
    }

    private static Approval open(Kind kind, String dueOn, LocalDate submittedOn) {
        return new Approval(kind, kind == Kind.OTHER ? "林地使用许可" : null, LocalDate.parse(dueOn),
                submittedOn == null ? Status.NEEDED : Status.SUBMITTED, submittedOn, null, null, null);
    }

    private static Approval granted(Kind kind, String dueOn, String grantedOn) {
        return new Approval(kind, kind == Kind.OTHER ? "林地使用许可" : null, LocalDate.parse(dueOn), Status.GRANTED,
                null, LocalDate.parse(grantedOn), null, null);
    }
}
