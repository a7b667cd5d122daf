package cn.yanzhen.capacity.application;

import cn.yanzhen.capacity.domain.ProfileVersionConflict;
import cn.yanzhen.capacity.persistence.ProfileEntity;
import cn.yanzhen.capacity.persistence.ProfileRepository;
import cn.yanzhen.contracts.capacity.RegionCapacity.Profile;
import cn.yanzhen.platform.audit.AuditTrail;
import cn.yanzhen.platform.audit.AuditedChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** A regional office sets its region's capacity profile; the region's snapshot is republished and the change audited. */
@ApplicationScoped
public class ProfileEditing {

    private final ProfileRepository profiles;
    private final RegionSnapshots snapshots;
    private final AuditTrail audit;
    private final Clock clock;

    ProfileEditing(ProfileRepository profiles, RegionSnapshots snapshots, AuditTrail audit, Clock clock) {
        this.profiles = profiles;
        this.snapshots = snapshots;
        this.audit = audit;
        this.clock = clock;
    }

    /** The profile after saving, and whether this request created it. */
    public record SavedProfile(ProfileEntity profile, boolean created) {
    }

    /**
     * Saves a region's profile. When one exists the caller must name the version it read: without it,
     * or with another, {@link ProfileVersionConflict} and nothing changes.
     */
    @Transactional
    public SavedProfile save(String regionCode, Profile profile, Optional<Long> expectedVersion) {
        Optional<ProfileEntity> existing = profiles.lock(regionCode);
        AuditedChange change = AuditedChange.of("capacity.profile.save", "region", regionCode).request(profile);
        if (existing.isEmpty()) {
            ProfileEntity created = ProfileEntity.create(regionCode, profile, Instant.now(clock));
            profiles.add(created);
            snapshots.republish(new TreeSet<>(List.of(regionCode)));
            audit.record(change.after(versioned(created)));
            return new SavedProfile(created, true);
        }
        ProfileEntity current = existing.get();
        long expected = expectedVersion.orElseThrow(() -> new ProfileVersionConflict(ProfileVersionConflict.Reason.MISSING,
                "Region " + regionCode + " has a profile (version " + current.version
                        + "); send If-Match with the version you read."));
        if (expected != current.version) {
            throw new ProfileVersionConflict(ProfileVersionConflict.Reason.STALE, "Region " + regionCode
                    + " is at version " + current.version + ", not " + expected + "; read it again.");
        }
        Map<String, Object> before = versioned(current);
        current.replaceWith(profile, Instant.now(clock));
        snapshots.republish(new TreeSet<>(List.of(regionCode)));
        audit.record(change.before(before).after(versioned(current)));
        return new SavedProfile(current, false);
    }

    private static Map<String, Object> versioned(ProfileEntity profile) {
        return Map.of("version", profile.version, "profile", profile.toProfile());
    }
}
