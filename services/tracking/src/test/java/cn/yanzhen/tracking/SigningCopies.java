package cn.yanzhen.tracking;

import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.contracts.signing.SigningStatus;
import java.time.Instant;

/** Signings as intake publishes them after a change, for tests that play intake. */
public final class SigningCopies {

    private SigningCopies() {
    }

    /** The signing as its withdrawal publishes it. */
    public static Signing withdrawn(Signing s) {
        return new Signing(s.id(), s.eventCode(), s.externalRef(), s.projectName(), s.investor(), s.destinationRegion(),
                s.park(), s.industryCode(), s.investmentYuan(), s.signedOn(), s.expectedJobs(), s.landHa(),
                s.energyGwhPerYear(), s.plannedCommencement(), SigningStatus.WITHDRAWN, s.registeredAt(),
                new Signing.Withdrawal("撤回", Instant.now()), s.repeatOf(), s.promise());
    }
}
