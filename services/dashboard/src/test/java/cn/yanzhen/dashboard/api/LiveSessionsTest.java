package cn.yanzhen.dashboard.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.access.TokenRequest;
import cn.yanzhen.platform.testing.ManagementInterface;
import cn.yanzhen.platform.testing.Tokens;
import cn.yanzhen.platform.testing.YanzhenTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live streams end with their session, at the token's expiry or on sign-out, and are capped per session
 * and in all (docs/contract.md §7.8): real HTTP streams against the service on the real broker.
 */
@QuarkusTest
@TestProfile(LiveSessionsTest.SmallCaps.class)
@WithTestResource(YanzhenTestResource.class)
class LiveSessionsTest {

    /** Health, metrics and OpenAPI: the management interface, a port of its own. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    static final int PER_SESSION = 2;
    static final int TOTAL = 3;
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** How late after its end a stream may still be open. */
    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final Pattern OPEN_STREAMS = Pattern.compile("(?m)^yanzhen_dashboard_live_streams(?:\\{[^}]*})? (\\S+)$");

    public static class SmallCaps implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yanzhen.dashboard.live.streams-per-session", Integer.toString(PER_SESSION),
                    "yanzhen.dashboard.live.streams", Integer.toString(TOTAL));
        }
    }

    @TestHTTPResource("/api/live")
    URI live;

    @BeforeEach
    void noStreamIsLeftFromTheTestBefore() {
        awaitOpenStreams(0);
    }

    @Test
    void aStreamEndsByItselfWhenItsTokenExpires() throws InterruptedException {
        Instant minted = Instant.now();
        String token = Tokens.minter().mint(session("expiring").withTtl(Duration.ofSeconds(3)), minted);
        Instant expiry = Instant.ofEpochSecond(minted.getEpochSecond() + 3);

        try (LiveStreamClient stream = LiveStreamClient.withCookie(live, token)) {
            assertThat(stream.status()).isEqualTo(200);
            stream.next(LiveFeed.EVENT_NAME, WAIT);
            LiveStreamClient.Event last = stream.next(SessionEnd.EVENT_NAME,
                    Duration.between(Instant.now(), expiry.plus(BOUND)));
            assertThat(last.data()).isEqualTo("{\"reason\":\"expired\"}");
            assertThat(stream.awaitEnd(BOUND)).isBetween(expiry.minusMillis(100), expiry.plus(BOUND));
        }
        // The token check tolerates a minute of clock skew; the ended session still opens nothing.
        try (LiveStreamClient again = LiveStreamClient.withCookie(live, token)) {
            assertThat(again.status()).isEqualTo(401);
        }
    }

    @Test
    void signingOutEndsEveryStreamOfThatSessionAndNoOther() throws InterruptedException {
        String signingOut = Tokens.mint(session("signing-out"));
        String staying = Tokens.mint(session("staying"));
        try (LiveStreamClient first = LiveStreamClient.withCookie(live, signingOut);
             LiveStreamClient second = LiveStreamClient.withBearer(live, signingOut);
             LiveStreamClient other = LiveStreamClient.withCookie(live, staying)) {
            for (LiveStreamClient stream : new LiveStreamClient[] {first, second, other}) {
                stream.next(LiveFeed.EVENT_NAME, WAIT);
            }

            given().cookie("yanzhen_session", signingOut).delete("/api/session").then().statusCode(204);
            Instant signedOut = Instant.now();

            for (LiveStreamClient stream : new LiveStreamClient[] {first, second}) {
                assertThat(stream.next(SessionEnd.EVENT_NAME, BOUND).data()).isEqualTo("{\"reason\":\"signed-out\"}");
                assertThat(stream.awaitEnd(BOUND)).isBefore(signedOut.plus(BOUND));
            }
            assertThat(other.ended()).isFalse();
            awaitOpenStreams(1);
        }
    }

    @Test
    void pastTheCapOfASessionOrOfTheServiceAStreamIsRefusedWith429() {
        String full = Tokens.mint(session("full"));
        try (LiveStreamClient first = LiveStreamClient.withCookie(live, full);
             LiveStreamClient second = LiveStreamClient.withCookie(live, full);
             LiveStreamClient tooMany = LiveStreamClient.withCookie(live, full)) {
            assertThat(first.status()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(200);
            assertThat(tooMany.status()).isEqualTo(429);
            assertThat(tooMany.contentType()).startsWith("application/problem+json");
            assertThat(tooMany.refusal()).contains("\"status\":429", "already has " + PER_SESSION + " live streams");

            try (LiveStreamClient third = LiveStreamClient.withCookie(live, Tokens.mint(session("third")));
                 LiveStreamClient beyond = LiveStreamClient.withCookie(live, Tokens.mint(session("beyond")))) {
                assertThat(third.status()).isEqualTo(200);
                assertThat(beyond.status()).isEqualTo(429);
                assertThat(beyond.contentType()).startsWith("application/problem+json");
                assertThat(beyond.refusal()).contains("\"status\":429", "already serves " + TOTAL + " live streams");
            }
        }
    }

    @Test
    void aClosedStreamFreesItsSlot() {
        String full = Tokens.mint(session("freed"));
        String another = Tokens.mint(session("another"));
        try (LiveStreamClient first = opened(full);
             LiveStreamClient second = opened(full);
             LiveStreamClient third = opened(another)) {
            assertRefused(full);
            assertRefused(another);

            first.close();
            try (LiveStreamClient reopened = awaitOpened(full)) {
                third.close();
                awaitOpened(another).close();
            }
        }
    }

    private LiveStreamClient opened(String token) {
        LiveStreamClient stream = LiveStreamClient.withCookie(live, token);
        assertThat(stream.status()).isEqualTo(200);
        return stream;
    }

    private void assertRefused(String token) {
        try (LiveStreamClient stream = LiveStreamClient.withCookie(live, token)) {
            assertThat(stream.status()).isEqualTo(429);
        }
    }

    /** A stream of the session opens (200) within the bound once a closed one gave its slot back. */
    private LiveStreamClient awaitOpened(String token) {
        AtomicReference<LiveStreamClient> opened = new AtomicReference<>();
        await().atMost(BOUND).pollInterval(Duration.ofMillis(100)).until(() -> {
            LiveStreamClient stream = LiveStreamClient.withCookie(live, token);
            if (stream.status() != 200) {
                stream.close();
                return false;
            }
            opened.set(stream);
            return true;
        });
        return opened.get();
    }

    private void awaitOpenStreams(int count) {
        await().atMost(WAIT).until(() -> openStreams() == count);
    }

    private int openStreams() {
        Matcher gauge = OPEN_STREAMS.matcher(ManagementInterface.given(management).get("/q/metrics").asString());
        assertThat(gauge.find()).as("the gauge yanzhen_dashboard_live_streams").isTrue();
        return (int) Double.parseDouble(gauge.group(1));
    }

    private static TokenRequest session(String name) {
        return TokenRequest.of(name + "-" + UUID.randomUUID(), Roles.MONITOR);
    }
}
