package cn.yanzhen.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** "Today" is in Asia/Shanghai (docs/contract.md §3); tests replace this clock to move time. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.system(CHINA);
    }
}
