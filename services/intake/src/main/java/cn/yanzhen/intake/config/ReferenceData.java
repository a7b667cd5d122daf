package cn.yanzhen.intake.config;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.intake.domain.EventRules;
import cn.yanzhen.intake.domain.SigningRules;
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
    SigningRules signingRules(RegionDirectory regions, IndustryCatalogue industries) {
        return new SigningRules(regions, industries);
    }

    @Produces
    @Singleton
    EventRules eventRules(RegionDirectory regions) {
        return new EventRules(regions);
    }
}
