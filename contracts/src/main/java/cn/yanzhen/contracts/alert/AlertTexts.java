package cn.yanzhen.contracts.alert;

import cn.yanzhen.contracts.alert.Alert.AlertCode;
import java.util.EnumMap;
import java.util.Map;

/**
 * What each alert code says to a person, in Chinese and English: a title, and a sentence whose
 * {@code {subject}} is what the alert is about in words (a project's name, a region's name) and whose
 * {@code {detail}} is the alert's own detail. The dashboard's feed and the notifications read the same texts.
 */
public final class AlertTexts {

    public enum Language {
        ZH,
        EN
    }

    private record Text(String titleZh, String sentenceZh, String titleEn, String sentenceEn) {
    }

    private static final Map<AlertCode, Text> TEXTS = new EnumMap<>(AlertCode.class);

    static {
        TEXTS.put(AlertCode.OVERDUE_COMMENCEMENT, new Text("逾期未开工", "{subject}逾期未开工（{detail}）",
                "Commencement overdue", "{subject} has not commenced on time ({detail})"));
        TEXTS.put(AlertCode.INVESTMENT_STALLED, new Text("投资停滞", "{subject}累计投资停滞不前（{detail}）",
                "Investment stalled", "{subject}: investment has stopped growing ({detail})"));
        TEXTS.put(AlertCode.INVESTMENT_EXCEEDS_SIGNED, new Text("投资超出签约额", "{subject}累计投资超出签约额（{detail}）",
                "Investment exceeds signed amount", "{subject}: investment exceeds the signed amount ({detail})"));
        TEXTS.put(AlertCode.CAPACITY_OVERCOMMITTED, new Text("承载能力超额承诺", "{subject}承载能力已超额承诺（{detail}）",
                "Capacity over-committed", "{subject} is over-committed ({detail})"));
        TEXTS.put(AlertCode.HOMOGENEOUS_COMPETITION, new Text("同质化竞争", "{subject}出现同质化竞争（{detail}）",
                "Homogeneous competition", "Homogeneous competition in {subject} ({detail})"));
        TEXTS.put(AlertCode.REPORT_REJECTED, new Text("进度报告被退回", "{subject}的进度报告被退回（{detail}）",
                "Progress report rejected", "A progress report of {subject} was rejected ({detail})"));
        TEXTS.put(AlertCode.MISSED_REPORT, new Text("未按期报送", "{subject}未按期报送进度（{detail}）",
                "Report missed", "{subject} missed a reporting round ({detail})"));
        TEXTS.put(AlertCode.OBSTACLE_UNRESOLVED, new Text("问题久拖未决", "{subject}的问题久拖未决（{detail}）",
                "Obstacle unresolved", "An obstacle of {subject} is still unresolved ({detail})"));
        TEXTS.put(AlertCode.JOBS_SHORTFALL, new Text("就业不达预期", "{subject}带动就业低于预期（{detail}）",
                "Jobs shortfall", "{subject} creates fewer jobs than expected ({detail})"));
        TEXTS.put(AlertCode.OUTPUT_SHORTFALL, new Text("达产不达标", "{subject}产值远低于达产承诺（{detail}）",
                "Output shortfall", "{subject} produces far less than it promised at full production ({detail})"));
        TEXTS.put(AlertCode.APPROVAL_OVERDUE, new Text("审批逾期", "{subject}的审批事项逾期未办结（{detail}）",
                "Approval overdue", "An approval of {subject} is past its due date ({detail})"));
        TEXTS.put(AlertCode.OUTBOX_EVENT_PARKED, new Text("事件发布受阻", "{subject}的事件无法发布（{detail}）",
                "Event parked", "An event about {subject} cannot be published ({detail})"));
    }

    private AlertTexts() {
    }

    public static String title(AlertCode code, Language language) {
        Text text = TEXTS.get(code);
        return language == Language.ZH ? text.titleZh() : text.titleEn();
    }

    /** The alert as one sentence; {@code subjectName} is its subject in words, or the subject itself. */
    public static String sentence(Alert alert, String subjectName, Language language) {
        Text text = TEXTS.get(alert.code());
        String template = language == Language.ZH ? text.sentenceZh() : text.sentenceEn();
        return template.replace("{subject}", subjectName).replace("{detail}", alert.detail());
    }
}
