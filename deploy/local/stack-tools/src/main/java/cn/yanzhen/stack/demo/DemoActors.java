package cn.yanzhen.stack.demo;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.access.TokenMinter;
import cn.yanzhen.contracts.access.TokenRequest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The demo's people, each with a token of their own, minted once (a demo runs well within a token's life):
 * the organiser, a monitor that reads, each region's office and Guangxi's verifier.
 */
final class DemoActors {

    private final TokenMinter tokens;
    private final String organiser;
    private final String monitor;
    private final Map<String, String> offices = new HashMap<>();

    DemoActors(TokenMinter tokens, String organiserOrg) {
        this.tokens = tokens;
        this.organiser = tokens.mint(TokenRequest.of("demo-organiser", Roles.ORGANISER).withOrg(organiserOrg),
                Instant.now());
        this.monitor = tokens.mint(TokenRequest.of("demo-dashboard", Roles.MONITOR), Instant.now());
    }

    String organiser() {
        return organiser;
    }

    String monitor() {
        return monitor;
    }

    /** The regional office of the region: it reports its projects and sets its capacity. */
    String office(String region) {
        return offices.computeIfAbsent(region, code -> tokens.mint(TokenRequest.of("demo-office-" + code,
                Roles.REGIONAL_OFFICE).withRegion(code), Instant.now()));
    }

    String verifier(String region) {
        return tokens.mint(TokenRequest.of("demo-verifier-" + region, Roles.VERIFIER).withRegion(region), Instant.now());
    }
}
