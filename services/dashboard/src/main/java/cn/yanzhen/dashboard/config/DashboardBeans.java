package cn.yanzhen.dashboard.config;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.dashboard.domain.DashboardTables;
import cn.yanzhen.dashboard.domain.ReadModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One read model per process, fed by the topics, and the tables built on it. */
@ApplicationScoped
public class DashboardBeans {

    @Produces
    @Singleton
    ReadModel readModel() {
        return new ReadModel();
    }

    @Produces
    @Singleton
    DashboardTables tables(ReadModel model, RegionDirectory regions, IndustryCatalogue industries) {
        return new DashboardTables(model, regions, industries);
    }
}
