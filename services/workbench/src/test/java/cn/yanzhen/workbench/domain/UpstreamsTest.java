package cn.yanzhen.workbench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpstreamsTest {

    private final Upstreams upstreams = new Upstreams(Map.of("intake", "http://intake:8081/",
            "tracking", "http://tracking:8084"));

    @Test
    void aPagesPathUnderAServiceIsThatServicesApiPathWithTheSameQuery() {
        assertThat(upstreams.target("intake", "events/2025-GX/signings", "page=2&size=20"))
                .contains(URI.create("http://intake:8081/api/events/2025-GX/signings?page=2&size=20"));
        assertThat(upstreams.target("tracking", "projects", null)).contains(URI.create("http://tracking:8084/api/projects"));
        assertThat(upstreams.target("tracking", "projects", "")).contains(URI.create("http://tracking:8084/api/projects"));
    }

    @Test
    void anUnknownServiceOrAPathClimbingOutOfTheApiGoesNowhere() {
        assertThat(upstreams.target("capacity", "regions", null)).isEmpty();
        assertThat(upstreams.target("intake", "../q/health", null)).isEmpty();
    }

    @Test
    void onlyTheHeadersThatMatterTravel() {
        assertThat(Upstreams.forwardsRequestHeader("Content-Type")).isTrue();
        assertThat(Upstreams.forwardsRequestHeader("If-Match")).isTrue();
        assertThat(Upstreams.forwardsRequestHeader("Cookie")).isFalse();
        assertThat(Upstreams.forwardsRequestHeader("Authorization")).isFalse();
        assertThat(Upstreams.returnsResponseHeader("ETag")).isTrue();
        assertThat(Upstreams.returnsResponseHeader("Set-Cookie")).isFalse();
    }
}
