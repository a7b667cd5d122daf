package cn.yanzhen.platform.sheet;

/** What a sheet with more rows than a service reads in one request is told, before the rest of it is read. */
public final class RowLimit {

    private RowLimit() {
    }

    public static String exceeded(int physicalRows) {
        return "超过 " + physicalRows + " 行，请分批提交 / has more than " + physicalRows
                + " rows; send fewer in one request";
    }
}
