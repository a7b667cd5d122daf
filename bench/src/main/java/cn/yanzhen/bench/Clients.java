package cn.yanzhen.bench;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.access.TokenMinter;
import cn.yanzhen.contracts.access.TokenRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's callers of each service, each with the role a real one would have. Intake may run as
 * several replicas (its URLs comma-separated): concurrent clients are spread over them.
 */
record Clients(Api intakeAsOrganiser, List<Api> intakeReplicasAsOrganiser, Api capacityAsAdmin, Api trackingAsAdmin,
               Api matching, Api tracking, Api capacity) {

    static final String ORGANISER_ORG = "BENCH-ORGANISER";

    static Clients of(Bench.Settings settings, TokenMinter minter) {
        Instant now = Instant.now();
        String organiser = minter.mint(TokenRequest.of("bench-organiser", Roles.ORGANISER).withOrg(ORGANISER_ORG), now);
        String admin = minter.mint(TokenRequest.of("bench-admin", Roles.ADMIN), now);
        String monitor = minter.mint(TokenRequest.of("bench-monitor", Roles.MONITOR), now);
        List<Api> intakes = Arrays.stream(settings.intake().split(",")).map(url -> new Api(url, organiser)).toList();
        return new Clients(intakes.get(0), intakes, new Api(settings.capacity(), admin),
                new Api(settings.tracking(), admin), new Api(settings.matching(), monitor),
                new Api(settings.tracking(), monitor), new Api(settings.capacity(), monitor));
    }

    /** The intake replica that concurrent client number {@code client} sends to. */
    Api intakeAsOrganiser(int client) {
        return intakeReplicasAsOrganiser.get(client % intakeReplicasAsOrganiser.size());
    }
}
