package cn.yanzhen.tracking.config;

import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.tracking.domain.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The scopes built on the contract's regions. */
@ApplicationScoped
public class TrackingBeans {

    @Produces
    @Singleton
    Scopes scopes(RegionDirectory regions) {
        return new Scopes(regions);
    }
}
