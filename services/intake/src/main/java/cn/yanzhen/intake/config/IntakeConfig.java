package cn.yanzhen.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "yanzhen.intake")
public interface IntakeConfig {

    /** The most signings one batch request may carry. */
    @WithDefault("10000")
    int batchMaxRows();
}
