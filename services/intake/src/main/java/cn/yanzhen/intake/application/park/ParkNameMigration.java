package cn.yanzhen.intake.application.park;

import cn.yanzhen.contracts.park.Park;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.signing.Signing;
import cn.yanzhen.intake.persistence.SigningEntity;
import cn.yanzhen.intake.persistence.SigningStore;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Signings stored before their park was registered name it only as free text: when a park is registered, those
 * whose {@code park} is its name and whose destination lies inside its region take its code, each audited
 * ({@code signing.park-assign}). They are not republished (docs/contract.md §4.1.5): a reader that already holds a
 * signing ignores {@code yanzhen.signing.registered} for it again.
 */
@ApplicationScoped
class ParkNameMigration {

    private final SigningStore signings;
    private final RegionDirectory regions;
    private final AuditTrail audit;

    ParkNameMigration(SigningStore signings, RegionDirectory regions, AuditTrail audit) {
        this.signings = signings;
        this.regions = regions;
        this.audit = audit;
    }

    /** Gives the park's code to the signings that name it; runs in the caller's transaction. */
    void assign(Park park) {
        List<String> inside = regions.all().stream().map(Region::code)
                .filter(code -> regions.isWithin(code, park.region())).toList();
        List<AuditedChange> changes = new ArrayList<>();
        for (SigningEntity signing : signings.lockNamingPark(park.name(), inside)) {
            Signing before = signing.toSigning();
            signing.parkCode = park.code();
            changes.add(AuditedChange.of("signing.park-assign", "signing", signing.id)
                    .request(Map.of("parkCode", park.code())).before(before).after(signing.toSigning()));
        }
        audit.recordAll(changes);
    }
}
