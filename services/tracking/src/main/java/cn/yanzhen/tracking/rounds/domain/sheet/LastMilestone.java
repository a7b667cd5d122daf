package cn.yanzhen.tracking.rounds.domain.sheet;

import cn.yanzhen.tracking.projects.domain.Progress;
import java.math.BigDecimal;

/** What a round's sheet tells the office about a project before it fills the row in. */
public final class LastMilestone {

    private static final int YUAN_DIGITS_IN_TEN_THOUSANDS = 4;

    private LastMilestone() {
    }

    /** The latest milestone reached, with its date: 已达产, 已投产, 已开工 or 已签约. */
    public static String of(Progress progress) {
        if (progress.reachedCapacityOn() != null) {
            return "已达产 " + progress.reachedCapacityOn();
        }
        if (progress.inProductionOn() != null) {
            return "已投产 " + progress.inProductionOn();
        }
        if (progress.commencedOn() != null) {
            return "已开工 " + progress.commencedOn();
        }
        return "已签约 " + progress.signedOn();
    }

    /** Yuan in 万元, exactly: 123456789 yuan is 12345.6789. */
    public static BigDecimal tenThousands(long yuan) {
        return BigDecimal.valueOf(yuan, YUAN_DIGITS_IN_TEN_THOUSANDS);
    }
}
