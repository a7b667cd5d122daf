package cn.yanzhen.stack.demo;

import static cn.yanzhen.stack.demo.DemoHttp.send;

import cn.yanzhen.contracts.access.TokenMinter;
import cn.yanzhen.platform.testing.ConsumerLag;
import cn.yanzhen.stack.TokenTool;
import cn.yanzhen.stack.kafka.SecuredBrokerSetup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Loads the demo into a running stack through the services' public APIs, as the people would: the
 * regional offices' capacity profiles, then the organiser's event and all its signings in one batch.
 * Safe to run again: existing profiles are kept and every signing is a duplicate.
 *
 * Then, when tracking runs, it plays what became of the signings ({@link GuangxiStory}): one withdrawal
 * by the organiser, the regional offices' progress reports, a reporting round, Beihai's obstacle ledger, the
 * outcomes of the projects in production, Guangxi's pipeline of leads ({@link DemoPipeline}), its parks and a key
 * project with a late approval.
 *
 * <p>Each actor uses its own token: the organiser ({@link #ORGANISER_ORG}) registers and withdraws,
 * Guangxi's provincial office sets the profiles, each prefecture's office reports its own projects, and
 * a monitor reads.
 *
 * <p>Arguments: intake URL, capacity URL, matching URL, tracking URL, Kafka bootstrap servers, the
 * directory of the stack's signing key; a service that is not running is given as {@code -}. On a secured
 * broker (stack up --secure) {@code YANZHEN_KAFKA_CLIENT_CONFIG} names the admin's client settings, with which
 * it reads the consumer groups' progress.
 */
public final class DemoLoader {

    /** The organisation that runs the demo event: Guangxi's department of commerce. */
    public static final String ORGANISER_ORG = "GX-COMMERCE";
    static final String GUANGXI = "450000";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final DemoActors actors;
    private final String organiser;

    /** A loader whose actors' tokens the minter signs. */
    public DemoLoader(TokenMinter tokens) {
        this.actors = new DemoActors(tokens, ORGANISER_ORG);
        this.organiser = actors.organiser();
    }

    public static void main(String[] args) throws Exception {
        new DemoLoader(TokenTool.minter(Path.of(args[5]))).load(args[0], args[1], args[2], args[3], args[4]);
    }

    /** Loads the demo; a service that is not running is given as {@code -}. */
    public void load(String intake, String capacity, String matching, String tracking, String kafka) throws Exception {
        if (!"-".equals(capacity)) {
            DemoProfiles.load(capacity, actors);
            if (!"-".equals(matching)) {
                try (ConsumerLag lag = new ConsumerLag(kafka, kafkaLogin())) {
                    lag.awaitCaughtUp("yanzhen-matching", "yanzhen.region-capacity", PATIENCE);
                }
                System.out.println("  demo: matching has taken in every capacity profile");
            }
        }
        send(organiser, "POST", intake + "/api/events", JSON.writeValueAsString(EarlierEvent.event()), null);
        send(organiser, "POST", intake + "/api/events/" + EarlierEvent.EVENT_CODE + "/signings/batch",
                JSON.writeValueAsString(EarlierEvent.signings()), "earlier event " + EarlierEvent.EVENT_CODE);
        send(organiser, "POST", intake + "/api/events", JSON.writeValueAsString(GuangxiDemo.event()),
                "event " + GuangxiDemo.EVENT_CODE);
        DemoParks.play(intake, actors);
        DemoPipeline.registerChains(intake, actors);
        ArrayNode batch = JSON.createArrayNode();
        GuangxiDemo.signings().forEach(batch::add);
        send(organiser, "POST", intake + "/api/events/" + GuangxiDemo.EVENT_CODE + "/signings/batch",
                JSON.writeValueAsString(batch), GuangxiDemo.SIGNINGS + " signings");
        if (!"-".equals(matching)) {
            reportVerdicts(matching);
        }
        if (!"-".equals(tracking)) {
            playStory(intake, tracking);
        }
    }

    private static Properties kafkaLogin() throws IOException {
        String file = System.getenv("YANZHEN_KAFKA_CLIENT_CONFIG");
        return file == null || file.isBlank() ? new Properties() : SecuredBrokerSetup.clientSettings(Path.of(file));
    }

    private void playStory(String intake, String tracking) throws Exception {
        awaitTotal(tracking + "/api/projects?event=" + GuangxiDemo.EVENT_CODE + "&size=1", "tracking's projects");
        List<GuangxiStory.Project> projects = signings(intake);
        GuangxiStory.Story story = GuangxiStory.of(projects, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        HttpResponse<String> withdrawal = DemoHttp.exchange(organiser, "POST", intake + "/api/signings/"
                + story.withdrawnSigningId() + "/withdraw", "{\"reason\": \"投资方调整产能布局，撤回签约\"}");
        if (withdrawal.statusCode() != 200 && withdrawal.statusCode() != 409) {
            throw new IllegalStateException("withdrawing failed: HTTP " + withdrawal.statusCode() + " " + withdrawal.body());
        }
        Map<String, String> destinations = projects.stream().collect(Collectors.toMap(GuangxiStory.Project::signingId,
                GuangxiStory.Project::destinationRegion));
        for (GuangxiStory.Step step : story.reports()) {
            send(actors.office(destinations.get(step.signingId())), "POST", tracking + "/api/projects/" + step.signingId() + "/progress",
                    JSON.writeValueAsString(step.report()), null);
        }
        followEarlierEvent(intake, tracking, projects);
        System.out.printf("  demo: one signing withdrawn, %d progress reports from the regional offices%n",
                story.reports().size());
        DemoRound.play(tracking, DemoRound.answers(projects, story), actors);
        new DemoVerification(actors.verifier(GUANGXI), tracking).play(actors);
        DemoObstacles.play(tracking, DemoObstacles.ledger(projects, story, LocalDate.now(ZoneId.of("Asia/Shanghai"))),
                actors);
        DemoOutcomes.play(tracking, projects, story, LocalDate.now(ZoneId.of("Asia/Shanghai")), actors);
        DemoCapacity.play(tracking, projects, story, LocalDate.now(ZoneId.of("Asia/Shanghai")), actors);
        DemoPromotion.play(intake, tracking, projects, story, actors);
        JsonNode figures = JSON.readTree(read(tracking + "/api/stats?event=" + GuangxiDemo.EVENT_CODE));
        System.out.printf("  demo: %d projects signed (%.1f billion yuan), %d commenced, %.2f billion yuan invested%n",
                figures.at("/signed/count").asLong(), figures.at("/signed/investmentYuan").asLong() / 1e9,
                figures.at("/commenced/count").asLong(), figures.at("/completedInvestmentYuan").asLong() / 1e9);
        System.out.printf("  demo: verified so far: %d commenced, %.2f billion yuan invested; %d reports await a "
                        + "verifier%n", figures.at("/verified/commenced/count").asLong(),
                figures.at("/verified/completedInvestmentYuan").asLong() / 1e9,
                figures.at("/awaitingVerification/count").asLong());
    }

    /** The organiser confirms the repeat intake found; the project's progress is reported on its first signing. */
    private void followEarlierEvent(String intake, String tracking, List<GuangxiStory.Project> projects)
            throws Exception {
        GuangxiStory.Project repeat = projects.stream().filter(project -> project.repeatOf() != null).findFirst()
                .orElseThrow(() -> new IllegalStateException(EarlierEvent.REPEATED_REF + " was not taken for a repeat"));
        send(organiser, "PUT", intake + "/api/signings/" + repeat.signingId() + "/repeat-of",
                EarlierEvent.confirmation(repeat.repeatOf()), "repeat " + EarlierEvent.REPEATED_REF + " confirmed");
        GuangxiStory.Project earlier = signings(intake, EarlierEvent.EVENT_CODE).get(0);
        awaitTotal(tracking + "/api/projects?event=" + EarlierEvent.EVENT_CODE, "tracking's earlier project", 1);
        String office = actors.office(earlier.destinationRegion());
        for (ObjectNode report : EarlierEvent.reports(earlier.investmentYuan())) {
            send(office, "POST", tracking + "/api/projects/" + earlier.signingId() + "/progress",
                    JSON.writeValueAsString(report), null);
        }
    }

    /** Every signing of the demo event as intake stored it. */
    public List<GuangxiStory.Project> signings(String intake) throws Exception {
        return signings(intake, GuangxiDemo.EVENT_CODE);
    }

    private List<GuangxiStory.Project> signings(String intake, String event) throws Exception {
        JsonNode page = JSON.readTree(read(intake + "/api/events/" + event + "/signings?size=500"));
        List<GuangxiStory.Project> projects = new ArrayList<>();
        page.get("items").forEach(signing -> projects.add(new GuangxiStory.Project(signing.get("externalRef").asText(),
                signing.get("id").asText(), signing.get("destinationRegion").asText(),
                LocalDate.parse(signing.get("signedOn").asText()), signing.get("investmentYuan").asLong(),
                signing.at("/repeatOf/signingId").asText(null))));
        return projects;
    }

    private void awaitTotal(String url, String what) throws Exception {
        awaitTotal(url, what, GuangxiDemo.SIGNINGS);
    }

    private void awaitTotal(String url, String what, int expected) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (JSON.readTree(read(url)).path("total").asLong() < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(what + " did not reach " + expected + " in " + PATIENCE);
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }

    private void reportVerdicts(String matching) throws Exception {
        String event = "?event=" + GuangxiDemo.EVENT_CODE + "&size=1";
        awaitTotal(matching + "/api/matches" + event, "matching's results");
        StringBuilder verdicts = new StringBuilder();
        for (String verdict : new String[] {"RECOMMENDED", "ACCEPTABLE", "RISKY", "MISMATCH"}) {
            long count = JSON.readTree(read(matching + "/api/matches" + event + "&verdict=" + verdict))
                    .path("total").asLong();
            verdicts.append(' ').append(verdict).append(' ').append(count);
        }
        System.out.println("  demo: all " + GuangxiDemo.SIGNINGS + " signings matched:" + verdicts);
    }

    private String read(String url) throws Exception {
        return send(actors.monitor(), "GET", url, null, null);
    }
}
