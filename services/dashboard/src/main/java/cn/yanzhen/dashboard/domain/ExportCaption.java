package cn.yanzhen.dashboard.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a printed or forwarded table says above its header: its scope (the table's title) and a line with the
 * moment the figures were taken, in Beijing time, and the units its numbers are in. Chinese first, English after.
 */
public final class ExportCaption {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ExportCaption() {
    }

    /** e.g. 截至 2025-07-20 18:05（北京时间）；金额单位：元；比率以百分比表示 / As of … Beijing time (UTC+8); … */
    public static String of(Table table, Instant asOf) {
        String time = MINUTE.format(asOf.atZone(BEIJING));
        List<String> chinese = new ArrayList<>(List.of("截至 " + time + "（北京时间）"));
        List<String> english = new ArrayList<>(List.of("As of " + time + " Beijing time (UTC+8)"));
        if (has(table, Column.Kind.YUAN)) {
            chinese.add("金额单位：元");
            english.add("amounts in yuan");
        }
        if (has(table, Column.Kind.RATE)) {
            chinese.add("比率以百分比表示");
            english.add("rates as percentages");
        }
        if (has(table, Column.Kind.TIME)) {
            chinese.add("时间为北京时间");
            english.add("times in Beijing time");
        }
        return String.join("；", chinese) + " / " + String.join("; ", english);
    }

    /** The file name people see: the table's title, without the characters no file system takes. */
    public static String fileName(Table table, String extension) {
        return table.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + "." + extension;
    }

    private static boolean has(Table table, Column.Kind kind) {
        return table.columns().stream().anyMatch(column -> column.kind() == kind);
    }
}
