package cn.yanzhen.platform.api;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The contract's reference data (GB/T 2260 regions, GB/T 4754 divisions), loaded once per service. */
@ApplicationScoped
public class ReferenceDataProducer {

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
}
