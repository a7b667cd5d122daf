package cn.yanzhen.tracking.outcomes.application;

import cn.yanzhen.tracking.outcomes.domain.JobsShortfall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The jobs shortfall threshold. */
@ApplicationScoped
public class OutcomeBeans {

    /** The share of its promised jobs below which a project is short (docs/contract.md §4.4.2). */
    @Produces
    @Singleton
    JobsShortfall jobsShortfall(@ConfigProperty(name = "yanzhen.tracking.jobs-shortfall-share") BigDecimal share) {
        return new JobsShortfall(share);
    }
}
