package cn.yanzhen.intake.api;

/**
 * How much of a sheet intake reads: the batch's signings plus room for title, note and header rows and blank
 * lines. Past that the body is refused before it is all read.
 */
final class SheetLimits {

    private static final int ROWS_ABOVE_AND_BETWEEN = 100;

    private SheetLimits() {
    }

    static int physicalRows(int maxSignings) {
        return maxSignings + ROWS_ABOVE_AND_BETWEEN;
    }
}
