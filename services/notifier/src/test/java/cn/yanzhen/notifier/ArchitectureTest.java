package cn.yanzhen.notifier;

import cn.yanzhen.platform.testing.ArchitectureRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArchitectureTest {

    /** Each feature slice keeps the platform's layers inside it. */
    @ParameterizedTest
    @ValueSource(strings = {"subscriptions", "deliveries", "channels"})
    void eachSliceKeepsItsLayers(String slice) {
        ArchitectureRules.check("cn.yanzhen.notifier." + slice);
    }
}
