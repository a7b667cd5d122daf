package cn.yanzhen.capacity.api;

import cn.yanzhen.capacity.domain.Ledger;
import cn.yanzhen.capacity.persistence.CapacityQueries;
import cn.yanzhen.capacity.persistence.ProfileEntity;
import cn.yanzhen.contracts.capacity.RegionCapacity.Amounts;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds region views for a page of regions with two queries, whatever the page size. */
@ApplicationScoped
class RegionViews {

    private final RegionDirectory regions;
    private final CapacityQueries queries;

    RegionViews(RegionDirectory regions, CapacityQueries queries) {
        this.regions = regions;
        this.queries = queries;
    }

    List<RegionView> of(List<Region> page) {
        Set<String> codes = page.stream()
                .flatMap(region -> regions.selfAndAncestors(region.code()).stream())
                .map(Region::code)
                .collect(Collectors.toSet());
        Map<String, ProfileEntity> profiles = queries.profiles(codes);
        Map<String, Amounts> reserved = queries.reserved(page.stream().map(Region::code).toList());
        return page.stream().map(region -> view(region, profiles, reserved)).toList();
    }

    RegionView of(Region region) {
        return of(List.of(region)).get(0);
    }

    private RegionView view(Region region, Map<String, ProfileEntity> profiles, Map<String, Amounts> reserved) {
        ProfileEntity profile = profiles.get(region.code());
        String level = region.level().name();
        if (profile == null) {
            return new RegionView(region.code(), region.name(), level, region.parent(), region.zone().name(),
                    inheritedTier(region, profiles), null, null, null);
        }
        Amounts held = reserved.getOrDefault(region.code(), CapacityQueries.nothing());
        return new RegionView(region.code(), region.name(), level, region.parent(), region.zone().name(),
                profile.gradientTier, profileView(profile), held, Ledger.remaining(profile.toProfile(), held));
    }

    /** A region without a profile takes the tier of its nearest ancestor's profile, else its zone's default. */
    int inheritedTier(Region region, Map<String, ProfileEntity> profiles) {
        return regions.selfAndAncestors(region.code()).stream()
                .map(ancestor -> profiles.get(ancestor.code()))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(profile -> profile.gradientTier)
                .orElse(region.zone().defaultTier());
    }

    private static RegionView.ProfileView profileView(ProfileEntity profile) {
        return new RegionView.ProfileView(profile.version, profile.gradientTier, profile.landAvailableHa,
                profile.labourAvailable, profile.energyAvailableGwhPerYear, profile.greenPowerShare,
                profile.infrastructureScore, profile.industrialBase, profile.prioritisedIndustries,
                profile.restrictedIndustries, profile.overcommitted, profile.updatedAt);
    }
}
