package cn.yanzhen.dashboard.domain;

import java.util.Map;

/** The Chinese words the screen uses for the contract's codes (alert codes': contracts' AlertTexts). */
public final class Labels {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("RECOMMENDED", "推荐"), Map.entry("ACCEPTABLE", "可行"), Map.entry("RISKY", "有风险"),
            Map.entry("MISMATCH", "不匹配"),
            Map.entry("LABOUR", "劳动密集型"), Map.entry("RESOURCE", "资源密集型"), Map.entry("CAPITAL", "资本密集型"),
            Map.entry("TECHNOLOGY", "技术密集型"),
            Map.entry("EAST", "东部"), Map.entry("CENTRAL", "中部"), Map.entry("NORTHEAST", "东北"), Map.entry("WEST", "西部"),
            Map.entry("INFO", "提示"), Map.entry("WARNING", "警告"), Map.entry("CRITICAL", "严重"),
            Map.entry("SIGNED", "已签约"), Map.entry("COMMENCED", "已开工"), Map.entry("IN_PRODUCTION", "已投产"),
            Map.entry("CANCELLED", "已取消"), Map.entry("WITHDRAWN", "已撤回"));

    private Labels() {
    }

    /** The Chinese word for a code; the code itself when there is none. */
    public static String of(Object code) {
        if (code == null) {
            return "—";
        }
        return WORDS.getOrDefault(code.toString(), code.toString());
    }
}
