package cn.yanzhen.tracking.config;

import cn.yanzhen.contracts.reference.ElectricityFactors;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.tracking.domain.EnergyFigures;
import cn.yanzhen.tracking.domain.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The scopes and the energy figures built on the contract's reference data. */
@ApplicationScoped
public class TrackingBeans {

    @Produces
    @Singleton
    Scopes scopes(RegionDirectory regions) {
        return new Scopes(regions);
    }

    @Produces
    @Singleton
    EnergyFigures energyFigures(RegionDirectory regions) {
        return new EnergyFigures(ElectricityFactors.load(), regions);
    }
}
