package cn.yanzhen.system;

import static cn.yanzhen.platform.testing.Tokens.asAdmin;
import static cn.yanzhen.platform.testing.Tokens.dashboard;
import static cn.yanzhen.platform.testing.Tokens.organiserOf;
import static cn.yanzhen.platform.testing.Tokens.regionalOfficeOf;
import static cn.yanzhen.platform.testing.Tokens.verifierOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.contracts.Topic;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.access.TokenMinter;
import cn.yanzhen.contracts.access.TokenRequest;
import cn.yanzhen.intake.domain.CreditCode;
import cn.yanzhen.platform.testing.Tokens;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every write endpoint of every service against every kind of caller: no token, an expired token, a
 * token signed by a stranger's key (401); each role that may not write there, and the right role with
 * the wrong region or organisation (403); the right role and scope, and an admin (2xx). The refused
 * requests must leave every table and every topic as they were; each accepted one leaves an audit record.
 * Every read endpoint answers any of the five roles and nobody else; the audit trail only monitors and admins.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    private static final String EVENT = "2025-ACL";
    private static final String OTHER_ORG = "NMG-COMMERCE";
    private static final String ROUND = "ACL-ROUND";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final AtomicInteger FRESH = new AtomicInteger();
    private static final String VERIFIED_BY_VERIFIER = "ACL-VERIFY-1";
    private static final String VERIFIED_BY_ADMIN = "ACL-VERIFY-2";
    private static final String MOVED_BY_OFFICE = "ACL-OBSTACLE-1";
    private static final String MOVED_BY_ADMIN = "ACL-OBSTACLE-2";

    private RunningServices services;
    private KeycloakProcess keycloak;
    private SystemState state;
    private String reported;
    private String producing;
    private String withdrawnByOrganiser;
    private String withdrawnByAdmin;
    private final Map<Caller, String> linkedBy = new java.util.EnumMap<>(Caller.class);
    private final Map<Caller, String> releasedBy = new java.util.EnumMap<>(Caller.class);
    private final Map<Caller, String> subscriptionEndedBy = new java.util.EnumMap<>(Caller.class);
    private final Map<Caller, String> leadMovedBy = new java.util.EnumMap<>(Caller.class);
    private final Map<Caller, String> leadConvertedBy = new java.util.EnumMap<>(Caller.class);
    private final Map<Caller, String> signingConvertedBy = new java.util.EnumMap<>(Caller.class);

    /** Which column of the matrix a request is made for; it decides the target and whether the body is new. */
    private enum Caller { UNAUTHENTICATED, WRONG_ROLE, WRONG_SCOPE, RIGHT_SCOPE, ADMIN }

    private record Call(String method, String path, String contentType, String body, String ifMatch) {
    }

    private record Endpoint(String name, String service, TokenRequest rightScope, TokenRequest wrongScope,
                            List<TokenRequest> wrongRoles, Function<Caller, Call> call) {
    }

    /** A GET ("service path") as someone, and the status it must get. */
    private record Read(String read, String who, String token, int status) {
    }

    private record Case(Endpoint endpoint, String who, String token, Caller caller, int expected) {

        @Override
        public String toString() {
            return endpoint.name() + " as " + who;
        }
    }

    @BeforeAll
    void startWithAnEventASigningAndAProfile() throws Exception {
        keycloak = KeycloakProcess.shared();
        services = RunningServices.start(TrackingWatches.off("yanzhen.oidc.issuer", keycloak.issuer()),
                "intake", "capacity", "matching", "tracking", "notifier");
        keycloak.awaitReady();
        state = new SystemState(services);
        Tokens.asRegionalOffice("450500").baseUri(services.url("capacity")).contentType("application/json")
                .body(profile(500).toString()).put("/api/regions/450500/capacity").then().statusCode(201);
        Tokens.asOrganiser().baseUri(services.url("intake")).contentType("application/json")
                .body(event().toString()).post("/api/events").then().statusCode(201);
        reported = submit("ACL-REPORTED");
        producing = submit("ACL-PRODUCING");
        withdrawnByOrganiser = submit("ACL-WITHDRAWN-1");
        withdrawnByAdmin = submit("ACL-WITHDRAWN-2");
        for (Caller caller : List.of(Caller.RIGHT_SCOPE, Caller.ADMIN)) {
            linkedBy.put(caller, submit(fresh()));
            releasedBy.put(caller, submit(fresh()));
            asAdmin().baseUri(services.url("intake")).contentType("application/json")
                    .body(repeatOf(reported)).put("/api/signings/" + releasedBy.get(caller) + "/repeat-of")
                    .then().statusCode(200);
        }
        asAdmin().baseUri(services.url("tracking")).contentType("application/json").body(round(ROUND, "all"))
                .post("/api/rounds").then().statusCode(201);
        state.awaitSettled(List.of(reported, producing, withdrawnByOrganiser, withdrawnByAdmin));
        for (String type : List.of("COMMENCED", "IN_PRODUCTION")) {
            Tokens.asRegionalOffice("450500").baseUri(services.url("tracking")).contentType("application/json")
                    .body(Fixtures.JSON.createObjectNode().put("reportId", "ACL-" + type).put("type", type)
                            .put("on", type.equals("COMMENCED") ? "2025-09-01" : "2025-10-01").toString())
                    .post("/api/projects/" + producing + "/progress").then().statusCode(201);
        }
        for (String report : List.of(VERIFIED_BY_VERIFIER, VERIFIED_BY_ADMIN)) {
            Tokens.asRegionalOffice("450500").baseUri(services.url("tracking")).contentType("application/json")
                    .body(Fixtures.JSON.createObjectNode().put("reportId", report).put("type", "INVESTMENT")
                            .put("cumulativeYuan", report.equals(VERIFIED_BY_VERIFIER) ? 10_000_000L : 20_000_000L)
                            .put("asOf", "2025-08-01").toString())
                    .post("/api/projects/" + reported + "/progress").then().statusCode(201);
        }
        for (Caller caller : List.of(Caller.RIGHT_SCOPE, Caller.ADMIN)) {
            subscriptionEndedBy.put(caller, asAdmin().baseUri(services.url("notifier")).contentType("application/json")
                    .body(subscription("450500")).post("/api/subscriptions").then().statusCode(201)
                    .extract().path("id"));
        }
        for (String obstacle : List.of(MOVED_BY_OFFICE, MOVED_BY_ADMIN)) {
            Tokens.asRegionalOffice("450500").baseUri(services.url("tracking")).contentType("application/json")
                    .body(obstacle(obstacle)).post("/api/projects/" + reported + "/obstacles").then().statusCode(201);
        }
        for (Caller caller : List.of(Caller.RIGHT_SCOPE, Caller.ADMIN)) {
            leadMovedBy.put(caller, recordLead());
            leadConvertedBy.put(caller, recordLead());
            signingConvertedBy.put(caller, submit(fresh()));
        }
        state.awaitSettled(List.copyOf(signingConvertedBy.values()));
        asAdmin().baseUri(services.url("intake")).contentType("application/json").body(Fixtures.park().toString())
                .put("/api/parks/ACL-PARK").then().statusCode(201);
        // capacity takes the park in from yanzhen.parks and publishes its land, which matching keeps: the tests
        // compare the tables before and after, so that must be complete first
        await().atMost(Duration.ofSeconds(30)).until(() -> state.tables()
                .getOrDefault("matching.park_capacity_view", "0:").startsWith("1:"));
        asAdmin().baseUri(services.url("tracking")).contentType("application/json")
                .body(Fixtures.keyPlan("王敏（北海市投资促进局）").toString()).put("/api/projects/" + producing + "/key-plan")
                .then().statusCode(201);
    }

    @AfterAll
    void stop() throws InterruptedException {
        services.close();
    }

    /**
     * The 2025-GX organiser's own system (a confidential client of the identity provider) takes a token with
     * client credentials and posts a batch of signings to intake; the token names intake's audience only, so
     * tracking and capacity refuse it, and a provider-looking token signed with another key is refused by intake.
     */
    @Test
    void aMachineClientOfTheIdentityProviderPostsSigningsToIntakeOnly() throws Exception {
        String token = keycloak.clientCredentialsToken("gx-commerce-system", "gx-commerce-system-secret");
        Tokens.as(token).baseUri(services.url("intake")).contentType("application/json").body(batch().toString())
                .post("/api/events/" + EVENT + "/signings/batch").then().statusCode(200)
                .body("accepted", org.hamcrest.Matchers.equalTo(2));
        assertThat(Tokens.as(token).baseUri(services.url("intake")).get("/api/audit?entity=event:" + EVENT)
                .statusCode()).as("an organiser may not read the audit trail").isEqualTo(403);
        Tokens.as(token).baseUri(services.url("tracking")).get("/api/projects/" + reported).then().statusCode(401);
        Tokens.as(token).baseUri(services.url("capacity")).get("/api/regions/450500").then().statusCode(401);
        String forged = new TokenMinter(TokenMinter.newKeyPair().getPrivate(), keycloak.issuer())
                .mint(organiserOf(Tokens.ORGANISER_ORG), Instant.now());
        assertThat(Tokens.as(forged).baseUri(services.url("intake")).get("/api/events").statusCode())
                .as("a token naming the provider as issuer, signed by another key").isEqualTo(401);
        // the other tests compare the tables before and after: the batch's consequences must be complete first
        List<String> signings = asAdmin().baseUri(services.url("intake")).get("/api/events/" + EVENT + "/signings")
                .then().statusCode(200).extract().path("items.id");
        state.awaitSettled(signings);
    }

    @Test
    void everyWriteEndpointAdmitsOnlyTheRightRoleAndScope() throws Exception {
        List<Endpoint> endpoints = endpoints();
        List<Case> refused = new ArrayList<>();
        List<Case> accepted = new ArrayList<>();
        endpoints.forEach(endpoint -> cases(endpoint, refused, accepted));
        state.awaitNotifierCaughtUp();
        Map<String, String> tablesBefore = state.tables();
        Map<String, Long> topicsBefore = SystemState.topics();

        List<String> wrong = new ArrayList<>();
        for (Case refusal : refused) {
            HttpResponse<String> response = send(refusal);
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != refusal.expected() || !type.startsWith("application/problem+json")) {
                wrong.add(refusal + ": expected " + refusal.expected() + ", got " + response.statusCode() + " " + type
                        + " " + response.body());
            }
        }
        assertThat(wrong).as("refused requests answered otherwise").isEmpty();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(state.tables()).as("tables after %d refused requests", refused.size()).isEqualTo(tablesBefore);
            assertThat(SystemState.topics()).as("topics after %d refused requests", refused.size())
                    .isEqualTo(topicsBefore);
        });

        for (Case allowed : accepted) {
            long audited = state.auditEntries(allowed.endpoint().service());
            HttpResponse<String> response = send(allowed);
            if (response.statusCode() / 100 != 2) {
                wrong.add(allowed + ": expected 2xx, got " + response.statusCode() + " " + response.body());
            } else if (state.auditEntries(allowed.endpoint().service()) <= audited) {
                wrong.add(allowed + ": accepted without an audit record");
            }
        }
        long unauthenticated = refused.stream().filter(c -> c.expected() == 401).count();
        System.out.printf("access matrix: %d cases over %d write endpoints: %d refused (%d × 401, %d × 403) with "
                        + "nothing changed, %d accepted and audited; %d answered wrongly%n",
                refused.size() + accepted.size(), endpoints.size(), refused.size(), unauthenticated,
                refused.size() - unauthenticated, accepted.size(), wrong.size());
        assertThat(wrong).as("accepted requests answered otherwise").isEmpty();
        assertThat(refused.size() + accepted.size()).isEqualTo(endpoints.size() * 8);
    }

    @Test
    void everyRoleReadsAndOnlyMonitorsAndAdminsReadTheAuditTrail() throws Exception {
        List<String> reads = List.of("intake /api/events", "intake /api/events/" + EVENT,
                "intake /api/events/" + EVENT + "/signings", "intake /api/signings/" + reported,
                "capacity /api/regions?zone=WEST", "capacity /api/regions/450500",
                "capacity /api/regions/450500/reservations", "matching /api/matches?event=" + EVENT,
                "matching /api/matches/" + reported, "matching /api/matches/" + reported + "/history",
                "tracking /api/projects?event=" + EVENT, "tracking /api/projects/" + reported,
                "tracking /api/stats?event=" + EVENT, "tracking /api/stats/window?event=" + EVENT + "&from=2025-07",
                "tracking /api/verifications?event=" + EVENT,
                "tracking /api/alerts?event=" + EVENT,
                "tracking /api/rounds", "tracking /api/rounds/" + ROUND,
                "tracking /api/rounds/" + ROUND + "/missed",
                "tracking /api/projects/" + reported + "/obstacles",
                "tracking /api/projects/" + reported + "/obstacles/" + MOVED_BY_OFFICE,
                "intake /api/leads?region=450000", "intake /api/leads/" + leadMovedBy.get(Caller.ADMIN),
                "intake /api/pipeline/figures?scope=region:450000", "intake /api/parks?region=450000",
                "intake /api/parks/ACL-PARK", "tracking /api/key-projects?region=450000",
                "tracking /api/projects/" + producing + "/key-plan", "intake /api/chains?province=450000",
                "intake /api/chains/suggestions?region=450500&industryCode=3670",
                "capacity /api/parks/ACL-PARK/capacity", "capacity /api/parks/ACL-PARK/reservations",
                "tracking /api/stats?park=ACL-PARK", "tracking /api/stats?chain=GX-NEV");
        List<String> audits = SystemState.withNotifier().stream().map(service -> service + " /api/audit").toList();
        TokenRequest guest = new TokenRequest("guest", List.of("guest"), null, null, Duration.ofHours(1));
        List<Read> checks = new ArrayList<>();
        for (String read : reads) {
            checks.add(new Read(read, "no token", null, 401));
            checks.add(new Read(read, "a token of no role", Tokens.mint(guest), 403));
            for (TokenRequest role : List.of(organiserOf(OTHER_ORG), regionalOfficeOf("620000"), verifierOf("620000"),
                    dashboard())) {
                checks.add(new Read(read, describe(role), Tokens.mint(role), 200));
            }
            checks.add(new Read(read, "admin", Tokens.admin(), 200));
        }
        for (String audit : audits) {
            checks.add(new Read(audit, "no token", null, 401));
            checks.add(new Read(audit, "an organiser", Tokens.mint(organiserOf(OTHER_ORG)), 403));
            checks.add(new Read(audit, "a regional office", Tokens.mint(regionalOfficeOf("450000")), 403));
            checks.add(new Read(audit, "a monitor", Tokens.mint(dashboard()), 200));
            checks.add(new Read(audit, "admin", Tokens.admin(), 200));
        }
        // a round's sheet is for the office that fills it in (its own region or one inside it) and for admins
        String sheet = "tracking /api/rounds/" + ROUND + "/sheet?region=450500";
        checks.add(new Read(sheet, "no token", null, 401));
        checks.add(new Read(sheet, "a token of no role", Tokens.mint(guest), 403));
        for (TokenRequest role : List.of(organiserOf(OTHER_ORG), regionalOfficeOf("620000"), regionalOfficeOf("450100"),
                verifierOf("450000"), dashboard())) {
            checks.add(new Read(sheet, describe(role), Tokens.mint(role), 403));
        }
        checks.add(new Read(sheet, "the office of Guangxi", Tokens.mint(regionalOfficeOf("450000")), 200));
        checks.add(new Read(sheet, "admin", Tokens.admin(), 200));
        // subscriptions are for the offices and admins who manage them; a delivery log (of an alert the
        // notifier never saw: 404 once admitted) for them and for monitors
        String subscriptions = "notifier /api/subscriptions";
        String deliveries = "notifier /api/alerts/" + java.util.UUID.randomUUID() + "/deliveries";
        for (String notifierRead : List.of(subscriptions, deliveries)) {
            checks.add(new Read(notifierRead, "no token", null, 401));
            checks.add(new Read(notifierRead, "a token of no role", Tokens.mint(guest), 403));
            for (TokenRequest role : List.of(organiserOf(OTHER_ORG), verifierOf("450000"))) {
                checks.add(new Read(notifierRead, describe(role), Tokens.mint(role), 403));
            }
            int admitted = notifierRead.equals(subscriptions) ? 200 : 404;
            checks.add(new Read(notifierRead, "a monitor", Tokens.mint(dashboard()),
                    notifierRead.equals(subscriptions) ? 403 : 404));
            checks.add(new Read(notifierRead, "the office of Guangxi", Tokens.mint(regionalOfficeOf("450000")),
                    admitted));
            checks.add(new Read(notifierRead, "admin", Tokens.admin(), admitted));
        }
        List<String> deadLetters = SystemState.withNotifier().stream()
                .map(service -> service + " /api/admin/dead-letters").toList();
        for (String adminOnly : deadLetters) {
            checks.add(new Read(adminOnly, "no token", null, 401));
            checks.add(new Read(adminOnly, "a token of no role", Tokens.mint(guest), 403));
            for (TokenRequest role : List.of(organiserOf(OTHER_ORG), regionalOfficeOf("450000"), verifierOf("450000"),
                    dashboard())) {
                checks.add(new Read(adminOnly, describe(role), Tokens.mint(role), 403));
            }
            checks.add(new Read(adminOnly, "admin", Tokens.admin(), 200));
        }
        List<String> wrong = new ArrayList<>();
        for (Read check : checks) {
            String[] serviceAndPath = check.read().split(" ", 2);
            HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(services.url(serviceAndPath[0])
                    + serviceAndPath[1])).timeout(Duration.ofSeconds(30)).GET();
            if (check.token() != null) {
                http.header("Authorization", "Bearer " + check.token());
            }
            HttpResponse<String> response = HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != check.status()) {
                wrong.add(check.read() + " as " + check.who() + ": expected " + check.status() + ", got "
                        + response.statusCode() + " " + response.body());
            }
        }
        System.out.printf("access matrix: %d reads of %d endpoints, %d answered wrongly%n", checks.size(),
                reads.size() + audits.size() + 3 + deadLetters.size(), wrong.size());
        assertThat(wrong).as("reads answered otherwise").isEmpty();
    }

    private static void cases(Endpoint endpoint, List<Case> refused, List<Case> accepted) {
        refused.add(new Case(endpoint, "no token", null, Caller.UNAUTHENTICATED, 401));
        refused.add(new Case(endpoint, "an expired token", Tokens.expired(endpoint.rightScope()),
                Caller.UNAUTHENTICATED, 401));
        refused.add(new Case(endpoint, "a token signed by another key",
                Tokens.signedByAnotherKey(endpoint.rightScope()), Caller.UNAUTHENTICATED, 401));
        for (TokenRequest role : endpoint.wrongRoles()) {
            refused.add(new Case(endpoint, describe(role), Tokens.mint(role), Caller.WRONG_ROLE, 403));
        }
        refused.add(new Case(endpoint, describe(endpoint.wrongScope()), Tokens.mint(endpoint.wrongScope()),
                Caller.WRONG_SCOPE, 403));
        accepted.add(new Case(endpoint, describe(endpoint.rightScope()), Tokens.mint(endpoint.rightScope()),
                Caller.RIGHT_SCOPE, 200));
        accepted.add(new Case(endpoint, "admin", Tokens.admin(), Caller.ADMIN, 200));
    }

    private List<Endpoint> endpoints() {
        TokenRequest owner = organiserOf(Tokens.ORGANISER_ORG);
        TokenRequest stranger = organiserOf(OTHER_ORG);
        List<TokenRequest> notOrganisers = List.of(regionalOfficeOf("450000"), dashboard());
        List<TokenRequest> notOffices = List.of(owner, dashboard());
        String signings = "/api/events/" + EVENT + "/signings";
        return List.of(
                new Endpoint("register an event", "intake", owner, stranger, notOrganisers, caller ->
                        json("POST", "/api/events", caller == Caller.WRONG_SCOPE ? event()
                                : event().put("code", EVENT + "-" + FRESH.incrementAndGet()))),
                new Endpoint("submit a signing", "intake", owner, stranger, notOrganisers, caller ->
                        json("POST", signings, signing(fresh()))),
                new Endpoint("submit a JSON batch", "intake", owner, stranger, notOrganisers, caller ->
                        json("POST", signings + "/batch", batch())),
                new Endpoint("submit a CSV batch", "intake", owner, stranger, notOrganisers, caller ->
                        new Call("POST", signings + "/batch", "text/csv", csv(), null)),
                new Endpoint("withdraw a signing", "intake", owner, stranger, notOrganisers, caller ->
                        json("POST", "/api/signings/" + (caller == Caller.ADMIN ? withdrawnByAdmin
                                : withdrawnByOrganiser) + "/withdraw", Fixtures.JSON.createObjectNode()
                                .put("reason", "投资方调整产能布局"))),
                new Endpoint("link a repeat signing", "intake", owner, stranger, notOrganisers, caller ->
                        new Call("PUT", "/api/signings/" + linkedBy.getOrDefault(caller, linkedBy.get(Caller.ADMIN))
                                + "/repeat-of", "application/json", repeatOf(reported), null)),
                new Endpoint("release a repeat signing", "intake", owner, stranger, notOrganisers, caller ->
                        new Call("DELETE", "/api/signings/" + releasedBy.getOrDefault(caller,
                                releasedBy.get(Caller.ADMIN)) + "/repeat-of?note=not%20the%20same%20project",
                                null, null, null)),
                new Endpoint("set a capacity profile", "capacity",
                        regionalOfficeOf("450000"), regionalOfficeOf("450100"), notOffices,
                        caller -> new Call("PUT", "/api/regions/450500/capacity", "application/json",
                                profile(400 + FRESH.incrementAndGet()).toString(), profileVersion())),
                new Endpoint("rematch a signing", "matching",
                        regionalOfficeOf("450500"), regionalOfficeOf("450100"), notOffices,
                        caller -> new Call("POST", "/api/matches/" + reported + "/rematch", null, null, null)),
                new Endpoint("report progress", "tracking",
                        regionalOfficeOf("450000"), regionalOfficeOf("620000"), notOffices,
                        caller -> json("POST", "/api/projects/" + reported + "/progress", caller == Caller.ADMIN
                                ? Fixtures.JSON.createObjectNode().put("reportId", fresh()).put("type", "INVESTMENT")
                                .put("cumulativeYuan", 100_000_000L).put("asOf", "2025-10-01")
                                : Fixtures.JSON.createObjectNode().put("reportId", fresh()).put("type", "COMMENCED")
                                .put("on", "2025-09-01"))),
                new Endpoint("report an outcome", "tracking",
                        regionalOfficeOf("450000"), regionalOfficeOf("620000"), notOffices,
                        caller -> json("POST", "/api/projects/" + producing + "/progress", Fixtures.JSON
                                .createObjectNode().put("reportId", fresh()).put("type", "OUTCOME")
                                .put("period", caller == Caller.ADMIN ? "2025-Q4" : "2025").put("jobs", 120)
                                .put("outputValueYuan", 30_000_000L).put("taxPaidYuan", 1_200_000L))),
                new Endpoint("verify a report", "tracking",
                        verifierOf("450000"), verifierOf("620000"), List.of(regionalOfficeOf("450000"), dashboard()),
                        caller -> json("POST", "/api/projects/" + reported + "/reports/" + (caller == Caller.ADMIN
                                ? VERIFIED_BY_ADMIN : VERIFIED_BY_VERIFIER) + "/verification",
                                Fixtures.JSON.createObjectNode().put("verdict", "VERIFIED"))),
                new Endpoint("open a reporting round", "tracking",
                        regionalOfficeOf("450000"), regionalOfficeOf("620000"), notOffices,
                        caller -> new Call("POST", "/api/rounds", "application/json", round(fresh(),
                                caller == Caller.ADMIN ? "all" : "450500"), null)),
                new Endpoint("record an obstacle", "tracking",
                        regionalOfficeOf("450000"), regionalOfficeOf("620000"), notOffices,
                        caller -> new Call("POST", "/api/projects/" + reported + "/obstacles", "application/json",
                                obstacle(fresh()), null)),
                // admin only: "the right scope" is a second administrator, "the wrong scope" a verifier
                new Endpoint("replay dead letters", "tracking", TokenRequest.of("second-admin", Roles.ADMIN),
                        verifierOf("450000"), List.of(owner, regionalOfficeOf("450000")), caller -> new Call("POST",
                        "/api/admin/dead-letters/" + Topics.SIGNINGS.name() + Topic.DLQ_SUFFIX + "/replay", null, null,
                        null)),
                // an office subscribes inside its region; a subscription of the whole country is an admin's
                new Endpoint("subscribe to alerts", "notifier",
                        regionalOfficeOf("450000"), regionalOfficeOf("620000"), notOffices,
                        caller -> new Call("POST", "/api/subscriptions", "application/json",
                                subscription(caller == Caller.ADMIN ? null : "450500"), null)),
                new Endpoint("end a subscription", "notifier",
                        regionalOfficeOf("450000"), regionalOfficeOf("620000"), notOffices,
                        caller -> new Call("DELETE", "/api/subscriptions/" + subscriptionEndedBy.get(
                                caller == Caller.ADMIN ? Caller.ADMIN : Caller.RIGHT_SCOPE), null, null, null)),
                new Endpoint("move an obstacle", "tracking",
                        regionalOfficeOf("450500"), regionalOfficeOf("450100"), notOffices,
                        caller -> json("POST", "/api/projects/" + reported + "/obstacles/" + (caller == Caller.ADMIN
                                ? MOVED_BY_ADMIN : MOVED_BY_OFFICE) + "/transitions", Fixtures.JSON.createObjectNode()
                                .put("status", "IN_PROGRESS").put("on", "2025-08-02").put("note", "已协调自然资源局"))),
                new Endpoint("mark a key project with its plan", "tracking",
                        regionalOfficeOf("450000"), regionalOfficeOf("620000"), notOffices,
                        caller -> json("PUT", "/api/projects/" + reported + "/key-plan",
                                Fixtures.keyPlan(caller == Caller.ADMIN ? "李明（北海市投资促进局）" : "王敏（北海市投资促进局）"))),
                new Endpoint("report a key project's approval", "tracking",
                        regionalOfficeOf("450500"), regionalOfficeOf("450100"), notOffices,
                        caller -> json("POST", "/api/projects/" + producing + "/key-plan/approvals/"
                                + (caller == Caller.ADMIN ? "PLANNING" : "LAND"), Fixtures.JSON.createObjectNode()
                                .put("status", "SUBMITTED").put("on", "2025-09-02"))),
                new Endpoint("register a park", "intake",
                        regionalOfficeOf("450000"), regionalOfficeOf("451400"), notOffices,
                        caller -> json("PUT", "/api/parks/" + fresh(), Fixtures.park())),
                new Endpoint("set an industrial chain", "intake",
                        regionalOfficeOf("450000"), regionalOfficeOf("450500"), notOffices,
                        caller -> json("PUT", "/api/chains/" + fresh(), Fixtures.JSON.createObjectNode()
                                .put("province", "450000").put("name", "新能源汽车产业链").set("industries",
                                        Fixtures.JSON.createArrayNode().add("3670").add("3841")))),
                new Endpoint("record a lead", "intake",
                        regionalOfficeOf("450000"), regionalOfficeOf("620000"), notOffices,
                        caller -> new Call("POST", "/api/leads", "application/json", lead(fresh()), null)),
                new Endpoint("move a lead", "intake",
                        regionalOfficeOf("450500"), regionalOfficeOf("450100"), notOffices,
                        caller -> json("POST", "/api/leads/" + leadMovedBy.get(caller == Caller.ADMIN ? Caller.ADMIN
                                : Caller.RIGHT_SCOPE) + "/transitions", Fixtures.JSON.createObjectNode()
                                .put("stage", "NEGOTIATING").put("on", "2025-04-01").put("note", "企业来桂考察"))),
                new Endpoint("note a contact with a lead's firm", "intake",
                        regionalOfficeOf("450000"), regionalOfficeOf("620000"), notOffices,
                        caller -> json("POST", "/api/leads/" + leadMovedBy.get(Caller.ADMIN) + "/contacts",
                                Fixtures.JSON.createObjectNode().put("on", "2025-05-01").put("note", fresh()))),
                new Endpoint("link a lead to its signing", "intake",
                        regionalOfficeOf("450500"), regionalOfficeOf("620000"), notOffices,
                        caller -> {
                            Caller linking = caller == Caller.ADMIN ? Caller.ADMIN : Caller.RIGHT_SCOPE;
                            return json("POST", "/api/leads/" + leadConvertedBy.get(linking) + "/conversion",
                                    Fixtures.JSON.createObjectNode().put("signingId", signingConvertedBy.get(linking)));
                        }));
    }

    /** A lead of Beihai's pipeline, first contacted in March 2025, recorded by an admin; its id. */
    private String recordLead() {
        String id = fresh();
        asAdmin().baseUri(services.url("intake")).contentType("application/json").body(lead(id)).post("/api/leads")
                .then().statusCode(201);
        return id;
    }

    private static String lead(String id) {
        return Fixtures.lead(id).toString();
    }

    private static String obstacle(String id) {
        return Fixtures.JSON.createObjectNode().put("obstacleId", id).put("category", "LAND")
                .put("description", "项目用地征收补偿未完成").put("department", "北海市自然资源局")
                .put("openedOn", "2025-08-01").toString();
    }

    /** A round due long after the test, so the round watch never closes it while the tables are compared. */
    /** A webhook subscription of a region, or of the whole country when the region is null. */
    private static String subscription(String region) {
        ObjectNode subscription = Fixtures.JSON.createObjectNode();
        subscription.putArray("alertCodes").add("OVERDUE_COMMENCEMENT");
        if (region != null) {
            subscription.put("regionCode", region);
        }
        return subscription.put("channel", "WEBHOOK").put("target", "https://hooks.example.cn/" + fresh())
                .put("secret", "access-matrix").toString();
    }

    private static String round(String code, String scope) {
        return Fixtures.JSON.createObjectNode().put("code", code).put("scope", scope).put("opensOn", "2030-01-01")
                .put("dueOn", "2030-01-31").toString();
    }

    private HttpResponse<String> send(Case request) throws Exception {
        Call call = request.endpoint().call().apply(request.caller());
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(services.url(request.endpoint().service())
                        + call.path()))
                .timeout(Duration.ofSeconds(30))
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body()));
        if (request.token() != null) {
            http.header("Authorization", "Bearer " + request.token());
        }
        if (call.contentType() != null) {
            http.header("Content-Type", call.contentType());
        }
        if (call.ifMatch() != null) {
            http.header("If-Match", call.ifMatch());
        }
        return HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String submit(String externalRef) {
        return Tokens.asOrganiser().baseUri(services.url("intake")).contentType("application/json")
                .body(signing(externalRef).toString()).post("/api/events/" + EVENT + "/signings").then()
                .statusCode(201).extract().path("id");
    }

    private static String repeatOf(String earlier) {
        return Fixtures.JSON.createObjectNode().put("signingId", earlier).put("note", "同一项目再次签约").toString();
    }

    private String profileVersion() {
        return asAdmin().baseUri(services.url("capacity")).get("/api/regions/450500").header("ETag");
    }

    private static Call json(String method, String path, Object body) {
        return new Call(method, path, "application/json", body.toString(), null);
    }

    private static ArrayNode batch() {
        return Fixtures.JSON.createArrayNode().add(signing(fresh())).add(signing(fresh()));
    }

    private static String csv() {
        StringBuilder csv = new StringBuilder("externalRef,projectName,investor.name,investor.creditCode,"
                + "investor.originRegion,destinationRegion,industryCode,investmentYuan,signedOn\n");
        for (int row = 0; row < 2; row++) {
            ObjectNode signing = signing(fresh());
            csv.append(String.join(",", signing.get("externalRef").asText(), signing.get("projectName").asText(),
                    signing.at("/investor/name").asText(), signing.at("/investor/creditCode").asText(), "440600",
                    "450500", "3252", "800000000", "2025-07-20")).append('\n');
        }
        return csv.toString();
    }

    private static String fresh() {
        return "ACL-" + FRESH.incrementAndGet();
    }

    private static ObjectNode event() {
        return Fixtures.event(EVENT);
    }

    private static ObjectNode signing(String externalRef) {
        String creditCode = CreditCode.complete(String.format("91440600%08d", FRESH.incrementAndGet()));
        return Fixtures.signing(externalRef, creditCode);
    }

    private static ObjectNode profile(int landHa) {
        return Fixtures.profile().put("landAvailableHa", landHa);
    }

    private static String describe(TokenRequest token) {
        String scope = token.region() != null ? token.region() : token.org();
        return token.roles().get(0) + (scope == null ? "" : " of " + scope);
    }
}
