package cn.yanzhen.workbench;

import cn.yanzhen.platform.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void packagesKeepTheirLayers() {
        ArchitectureRules.check("cn.yanzhen.workbench");
    }
}
