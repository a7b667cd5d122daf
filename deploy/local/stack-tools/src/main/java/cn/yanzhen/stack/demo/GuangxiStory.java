package cn.yanzhen.stack.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What became of the demo's signings in the months after the event, as regional offices report it:
 * about six in ten commenced, most of those report investment (a few correct an earlier figure),
 * some went into production, a few were cancelled, and one signing was withdrawn by its organiser.
 * A repeat signing gets no reports of its own: it follows its project's first signing.
 * The same signings always give the same story.
 */
public final class GuangxiStory {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CORRECTION = "统计口径调整：扣除重复计入的设备款";

    /** A signing as the story needs it; {@code repeatOf} is the earlier signing it repeats, if any. */
    public record Project(String externalRef, String signingId, String destinationRegion, LocalDate signedOn,
                          long investmentYuan, String repeatOf) {
    }

    /** One progress report for one project, in the order it is sent. */
    public record Step(String signingId, ObjectNode report) {
    }

    /** The reports to send, in order, and the signing whose organiser withdraws it (before any report). */
    public record Story(String withdrawnSigningId, List<Step> reports) {

        /** The signings that end in the story: the one withdrawn and the ones cancelled. */
        public Set<String> ended() {
            Set<String> ended = reports.stream().filter(step -> "CANCELLED".equals(step.report().get("type").asText()))
                    .map(Step::signingId).collect(Collectors.toSet());
            ended.add(withdrawnSigningId);
            return ended;
        }
    }

    private GuangxiStory() {
    }

    public static Story of(List<Project> projects, LocalDate today) {
        Random random = new Random(20251108L);
        List<Project> ordered = projects.stream().sorted(Comparator.comparing(Project::externalRef)).toList();
        String withdrawn = ordered.get(ordered.size() / 2).signingId();
        List<Step> steps = new ArrayList<>();
        for (Project project : ordered) {
            if (project.signingId().equals(withdrawn)) {
                continue;
            }
            double roll = random.nextDouble();
            if (roll < 0.6) {
                commence(project, random, today, steps);
            } else if (roll < 0.63) {
                steps.add(new Step(project.signingId(), report(project, "CANCELLED")
                        .put("reason", "投资方资金未到位，项目终止")));
            }
        }
        // a repeat's progress is reported on the project's first signing (EarlierEvent), not on it
        List<String> repeats = ordered.stream().filter(project -> project.repeatOf() != null)
                .map(Project::signingId).toList();
        steps.removeIf(step -> repeats.contains(step.signingId()));
        return new Story(withdrawn, steps);
    }

    private static void commence(Project project, Random random, LocalDate today, List<Step> steps) {
        LocalDate commenced = notAfter(project.signedOn().plusDays(30 + random.nextInt(270)), today);
        ObjectNode commencement = report(project, "COMMENCED").put("on", commenced.toString());
        LocalDate permitted = commenced.minusDays(5).isBefore(project.signedOn()) ? project.signedOn()
                : commenced.minusDays(5);
        commencement.putArray("evidence").addObject().put("kind", "CONSTRUCTION_PERMIT")
                .put("reference", "施工许可证 " + project.externalRef()).put("issuedOn", permitted.toString());
        steps.add(new Step(project.signingId(), commencement));
        if (random.nextDouble() < 0.7) {
            long cumulative = 0;
            LocalDate asOf = commenced;
            int reports = 1 + random.nextInt(3);
            for (int i = 1; i <= reports; i++) {
                cumulative += Math.round(project.investmentYuan() * (0.08 + random.nextDouble() * 0.2) / 10_000) * 10_000;
                asOf = notAfter(asOf.plusDays(20 + random.nextInt(60)), today);
                steps.add(new Step(project.signingId(), investment(project, "I" + i, cumulative, asOf)));
            }
            if (random.nextDouble() < 0.1) {
                long corrected = Math.round(cumulative * 0.95 / 10_000) * 10_000;
                steps.add(new Step(project.signingId(), investment(project, "C", corrected, asOf)
                        .put("correction", true).put("reason", CORRECTION)));
            }
        }
        if (random.nextDouble() < 0.2) {
            LocalDate producing = notAfter(commenced.plusDays(90 + random.nextInt(120)), today);
            steps.add(new Step(project.signingId(), report(project, "IN_PRODUCTION").put("on", producing.toString())));
        }
    }

    private static ObjectNode investment(Project project, String suffix, long cumulative, LocalDate asOf) {
        return JSON.createObjectNode()
                .put("reportId", project.externalRef() + "-" + suffix)
                .put("type", "INVESTMENT")
                .put("cumulativeYuan", cumulative)
                .put("asOf", asOf.toString());
    }

    private static ObjectNode report(Project project, String type) {
        return JSON.createObjectNode().put("reportId", project.externalRef() + "-" + type).put("type", type);
    }

    private static LocalDate notAfter(LocalDate date, LocalDate today) {
        return date.isAfter(today) ? today : date;
    }
}
