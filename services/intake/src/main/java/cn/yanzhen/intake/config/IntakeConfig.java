package cn.yanzhen.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "yanzhen.intake")
public interface IntakeConfig {

    /** The most signings one batch request may carry. */
    @WithDefault("10000")
    int batchMaxRows();

    /** How close a new signing must be to an earlier one to be taken for a repeat of the same project. */
    Repeats repeats();

    interface Repeats {

        /** The largest difference in investment, as a share of the earlier signing's. */
        @WithDefault("0.2")
        double investmentTolerance();

        /** How many months before the new signing the earlier one may have been signed. */
        @WithDefault("24")
        int withinMonths();
    }
}
