package cn.yanzhen.tracking.figures.application;

import cn.yanzhen.contracts.reference.ElectricityFactors;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.tracking.figures.domain.EnergyFigures;
import cn.yanzhen.tracking.outcomes.domain.JobsShortfall;
import cn.yanzhen.tracking.figures.domain.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The scopes and the energy figures built on the contract's reference data; the jobs shortfall threshold. */
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

    /** The share of its promised jobs below which a project is short (docs/contract.md §4.4.2). */
    @Produces
    @Singleton
    JobsShortfall jobsShortfall(@ConfigProperty(name = "yanzhen.tracking.jobs-shortfall-share") BigDecimal share) {
        return new JobsShortfall(share);
    }
}
