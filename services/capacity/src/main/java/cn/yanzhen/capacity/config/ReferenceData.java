package cn.yanzhen.capacity.config;

import cn.yanzhen.capacity.domain.ProfileHolders;
import cn.yanzhen.capacity.domain.ProfileRules;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The contract's reference data (GB/T 2260 regions, GB/T 4754 divisions) and the rules built on them. */
@ApplicationScoped
public class ReferenceData {

    @Produces
    @Singleton
    RegionDirectory regions() {
        return RegionDirectory.load();
    }

    @Produces
    @Singleton
    IndustryCatalogue industries() {
        return IndustryCatalogue.load();
    }

    @Produces
    @Singleton
    ProfileRules profileRules(IndustryCatalogue industries) {
        return new ProfileRules(industries);
    }

    @Produces
    @Singleton
    ProfileHolders profileHolders(RegionDirectory regions) {
        return new ProfileHolders(regions);
    }
}
