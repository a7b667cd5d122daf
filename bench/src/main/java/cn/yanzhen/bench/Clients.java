package cn.yanzhen.bench;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.access.TokenMinter;
import cn.yanzhen.contracts.access.TokenRequest;
import java.time.Instant;

/** The benchmark's callers of each service, each with the role a real one would have. */
record Clients(Api intakeAsOrganiser, Api capacityAsAdmin, Api trackingAsAdmin, Api matching, Api tracking,
               Api capacity) {

    static final String ORGANISER_ORG = "BENCH-ORGANISER";

    static Clients of(Bench.Settings settings, TokenMinter minter) {
        Instant now = Instant.now();
        String organiser = minter.mint(TokenRequest.of("bench-organiser", Roles.ORGANISER).withOrg(ORGANISER_ORG), now);
        String admin = minter.mint(TokenRequest.of("bench-admin", Roles.ADMIN), now);
        String monitor = minter.mint(TokenRequest.of("bench-monitor", Roles.MONITOR), now);
        return new Clients(new Api(settings.intake(), organiser), new Api(settings.capacity(), admin),
                new Api(settings.tracking(), admin), new Api(settings.matching(), monitor),
                new Api(settings.tracking(), monitor), new Api(settings.capacity(), monitor));
    }
}
