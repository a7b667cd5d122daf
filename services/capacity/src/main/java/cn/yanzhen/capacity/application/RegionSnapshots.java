package cn.yanzhen.capacity.application;

import cn.yanzhen.capacity.domain.Ledger;
import cn.yanzhen.capacity.persistence.CapacityQueries;
import cn.yanzhen.capacity.persistence.ProfileEntity;
import cn.yanzhen.capacity.persistence.ProfileRepository;
import cn.yanzhen.contracts.EventTypes;
import cn.yanzhen.contracts.Topics;
import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.capacity.RegionCapacity;
import cn.yanzhen.contracts.capacity.RegionCapacity.Amounts;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.platform.outbox.Outbox;
import cn.yanzhen.platform.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * Publishes the full snapshot of each region a transaction changed — once, however many of its
 * reservations changed — on the compacted {@code yanzhen.region-capacity}, and raises
 * {@code CAPACITY_OVERCOMMITTED} when the transaction leaves a region overdrawn that was not before.
 */
@ApplicationScoped
public class RegionSnapshots {

    private final ProfileRepository profiles;
    private final CapacityQueries queries;
    private final RegionDirectory regions;
    private final Outbox outbox;
    private final Clock clock;

    RegionSnapshots(ProfileRepository profiles, CapacityQueries queries, RegionDirectory regions, Outbox outbox,
                    Clock clock) {
        this.profiles = profiles;
        this.queries = queries;
        this.regions = regions;
        this.outbox = outbox;
        this.clock = clock;
    }

    void republish(SortedSet<String> regionCodes) {
        profiles.flush();
        List<ProfileEntity> changed = profiles.lockAll(regionCodes);
        Map<String, Amounts> reserved = queries.reserved(regionCodes);
        for (ProfileEntity profile : changed) {
            republish(profile, reserved.getOrDefault(profile.regionCode, CapacityQueries.nothing()));
        }
    }

    private void republish(ProfileEntity profile, Amounts reserved) {
        Instant now = Instant.now(clock);
        List<String> overdrawn = Ledger.overdrawn(profile.toProfile(), reserved);
        if (!overdrawn.isEmpty() && !profile.overcommitted) {
            outbox.publish(new OutgoingEvent(Topics.ALERTS, EventTypes.ALERT, profile.regionCode, new Alert(
                    Alert.AlertCode.CAPACITY_OVERCOMMITTED, Alert.Severity.WARNING, profile.regionCode,
                    "Region " + profile.regionCode + " is over-committed: " + String.join("; ", overdrawn), now)));
        }
        profile.overcommitted = !overdrawn.isEmpty();
        outbox.publish(new OutgoingEvent(Topics.REGION_CAPACITY, EventTypes.REGION_CAPACITY, profile.regionCode,
                new RegionCapacity(profile.regionCode, zoneOf(profile.regionCode), profile.version,
                        profile.toProfile(), reserved, Ledger.remaining(profile.toProfile(), reserved),
                        profile.overcommitted, profile.updatedAt)));
    }

    private String zoneOf(String regionCode) {
        return regions.find(regionCode).map(region -> region.zone().name())
                .orElseThrow(() -> new IllegalStateException("profile for unknown region " + regionCode));
    }
}
