package cn.yanzhen.tracking.figures.application;

import cn.yanzhen.contracts.reference.ElectricityFactors;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.tracking.figures.domain.EnergyFigures;
import cn.yanzhen.tracking.figures.domain.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The scopes and the energy figures built on the contract's reference data. */
@ApplicationScoped
public class FigureBeans {

    @Produces
    @Singleton
    Scopes scopes(RegionDirectory regions, IndustryCatalogue industries) {
        return new Scopes(regions, industries);
    }

    @Produces
    @Singleton
    EnergyFigures energyFigures(RegionDirectory regions) {
        return new EnergyFigures(ElectricityFactors.load(), regions);
    }
}
