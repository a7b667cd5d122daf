package cn.yanzhen.tracking.figures.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** commencementRate and investmentCompletionRate: a share rounded half-up to 4 decimals, 0 for an empty scope. */
public final class Rates {

    private Rates() {
    }

    public static double share(long part, long whole) {
        if (whole == 0) {
            return 0;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).doubleValue();
    }
}
