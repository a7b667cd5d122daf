package cn.yanzhen.tracking.outcomes.application;

import cn.yanzhen.tracking.outcomes.domain.JobsShortfall;
import cn.yanzhen.tracking.outcomes.domain.OutputShortfall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The jobs and output shortfall thresholds. */
@ApplicationScoped
public class OutcomeBeans {

    /** The share of its promised jobs below which a project is short (docs/contract.md §4.4.2). */
    @Produces
    @Singleton
    JobsShortfall jobsShortfall(@ConfigProperty(name = "yanzhen.tracking.jobs-shortfall-share") BigDecimal share) {
        return new JobsShortfall(share);
    }

    /** When a project's output is far below its promise at full production (docs/contract.md §4.5.3). */
    @Produces
    @Singleton
    OutputShortfall outputShortfall(@ConfigProperty(name = "yanzhen.tracking.output-shortfall-share") BigDecimal share,
                                    @ConfigProperty(name = "yanzhen.tracking.output-shortfall-after-months") int months) {
        return new OutputShortfall(share, months);
    }
}
