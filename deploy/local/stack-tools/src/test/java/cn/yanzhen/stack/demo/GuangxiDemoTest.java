package cn.yanzhen.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.intake.domain.CreditCode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GuangxiDemoTest {

    private final List<ObjectNode> signings = GuangxiDemo.signings();

    @Test
    void has296SigningsTotalling217Point3BillionYuan() {
        assertThat(signings).hasSize(296);
        assertThat(signings.stream().mapToLong(s -> s.get("investmentYuan").asLong()).sum())
                .isEqualTo(217_300_000_000L);
        assertThat(signings).allSatisfy(s -> assertThat(s.get("investmentYuan").asLong()).isPositive());
    }

    @Test
    void isTheSameEveryTimeSoReloadingAddsNothing() {
        assertThat(GuangxiDemo.signings()).isEqualTo(signings);
        assertThat(signings.stream().map(s -> s.get("externalRef").asText()).distinct()).hasSize(296);
    }

    @Test
    void looksLikeARealEvent() {
        assertThat(signings).allSatisfy(s -> {
            assertThat(CreditCode.problemWith(s.at("/investor/creditCode").asText())).isEmpty();
            assertThat(s.get("destinationRegion").asText()).startsWith("45");
            assertThat(s.get("signedOn").asText()).isLessThanOrEqualTo("2025-07-20");
            assertThat(s.get("plannedCommencement").asText()).isGreaterThan(s.get("signedOn").asText());
        });
        assertThat(signings.stream().map(s -> s.get("destinationRegion").asText()).collect(Collectors.toSet()))
                .hasSizeGreaterThan(10);
        assertThat(signings.stream().map(s -> s.get("industryCode").asText()).collect(Collectors.toSet()))
                .hasSizeGreaterThan(15);
    }

    @Test
    void beihaiAnswersTheRoundForItsOpenProjectsWithoutADecemberReport() {
        List<GuangxiStory.Project> projects = projects();
        GuangxiStory.Story story = GuangxiStory.of(projects, java.time.LocalDate.of(2026, 12, 1));

        List<GuangxiStory.Step> answers = DemoRound.answers(projects, story);

        java.util.Set<String> beihai = projects.stream().filter(p -> p.destinationRegion().equals("450500"))
                .map(GuangxiStory.Project::signingId).collect(Collectors.toSet());
        assertThat(answers).isNotEmpty().allSatisfy(answer -> {
            assertThat(beihai).contains(answer.signingId());
            assertThat(answer.signingId()).isNotEqualTo(story.withdrawnSigningId());
            assertThat(answer.report().get("type").asText()).isEqualTo("NO_CHANGE");
            assertThat(answer.report().get("note").asText()).isNotBlank();
        });
        assertThat(answers.size()).isLessThan(beihai.size());
    }

    @Test
    void beihaiKeepsALedgerOfOneResolvedOneInProgressAndOneLongOpenObstacle() {
        List<GuangxiStory.Project> projects = projects();
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 1);
        GuangxiStory.Story story = GuangxiStory.of(projects, today);

        List<DemoObstacles.Entry> ledger = DemoObstacles.ledger(projects, story, today);

        java.util.Set<String> beihai = projects.stream().filter(p -> p.destinationRegion().equals("450500"))
                .map(GuangxiStory.Project::signingId).collect(Collectors.toSet());
        assertThat(ledger).hasSize(3).allSatisfy(entry -> {
            assertThat(beihai).contains(entry.signingId());
            assertThat(story.ended()).doesNotContain(entry.signingId());
        });
        assertThat(ledger).extracting(entry -> entry.moves().stream().map(move -> move.get("status").asText())
                .toList()).containsExactly(List.of("IN_PROGRESS", "RESOLVED"), List.of("IN_PROGRESS"), List.of());
        // the land obstacle opened 10 days ago, under the 30 days that raise OBSTACLE_UNRESOLVED; the loan's since
        // 2025-11-03, far beyond them
        assertThat(ledger.get(1).obstacle().get("openedOn").asText()).isEqualTo("2026-11-21");
        assertThat(ledger.get(2).obstacle().get("openedOn").asText()).isEqualTo("2025-11-03");
    }

    /** The demo's signings as the story sees them, each with a made-up signing id. */
    private List<GuangxiStory.Project> projects() {
        List<GuangxiStory.Project> projects = new java.util.ArrayList<>();
        for (ObjectNode signing : signings) {
            projects.add(new GuangxiStory.Project(signing.get("externalRef").asText(),
                    "id-" + signing.get("externalRef").asText(), signing.get("destinationRegion").asText(),
                    java.time.LocalDate.parse(signing.get("signedOn").asText()), signing.get("investmentYuan").asLong(),
                    null));
        }
        return projects;
    }
}
