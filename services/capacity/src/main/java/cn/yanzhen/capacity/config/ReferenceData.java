package cn.yanzhen.capacity.config;

import cn.yanzhen.capacity.domain.ProfileHolders;
import cn.yanzhen.capacity.domain.ProfileRules;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The rules built on the contract's reference data (which platform produces). */
@ApplicationScoped
public class ReferenceData {

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
