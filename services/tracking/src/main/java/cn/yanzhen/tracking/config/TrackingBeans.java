package cn.yanzhen.tracking.config;

import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.tracking.domain.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The contract's region reference data and the scopes built on it. */
@ApplicationScoped
public class TrackingBeans {

    @Produces
    @Singleton
    RegionDirectory regions() {
        return RegionDirectory.load();
    }

    @Produces
    @Singleton
    Scopes scopes(RegionDirectory regions) {
        return new Scopes(regions);
    }
}
