package cn.yanzhen.notifier.channels.domain;

import cn.yanzhen.contracts.alert.AlertTexts;
import cn.yanzhen.contracts.alert.AlertTexts.Language;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Words of a message, Chinese unless the subscription asks for English: what is late, of which project
 * in which region, since when (Beijing time), and where to look.
 */
public final class MessageComposer {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private record Labels(String brand, String digest, String project, String region, String what, String since,
                          String zone, String link) {
    }

    private static final Labels ZH = new Labels("【雁阵预警】", "每日预警汇总", "项目", "地区", "情况", "时间",
            "（北京时间）", "查看");
    private static final Labels EN = new Labels("[Yanzhen alert] ", "Daily alert digest", "Project", "Region",
            "What", "Since", " (Beijing time)", "Open");

    private MessageComposer() {
    }

    /** A message for one alert. */
    public static Message single(Notice notice, Language language) {
        Labels labels = labels(language);
        return new Message(labels.brand() + AlertTexts.title(notice.alert().code(), language),
                describe(notice, language), List.of(notice));
    }

    /** One message for all of a day's alerts. */
    public static Message digest(List<Notice> notices, LocalDate day, Language language) {
        Labels labels = labels(language);
        String title = labels.brand() + labels.digest() + " " + day + " (" + notices.size() + ")";
        String body = notices.stream().map(notice -> "### " + AlertTexts.title(notice.alert().code(), language)
                + "\n" + describe(notice, language)).collect(Collectors.joining("\n\n"));
        return new Message(title, body, notices);
    }

    private static String describe(Notice notice, Language language) {
        Labels labels = labels(language);
        StringBuilder text = new StringBuilder();
        line(text, labels.project(), notice.link() == null ? null : notice.subjectName());
        line(text, labels.region(), notice.regionName());
        line(text, labels.what(), AlertTexts.sentence(notice.alert(), notice.subjectName(), language));
        line(text, labels.since(), MINUTES.format(notice.alert().raisedAt().atZone(CHINA)) + labels.zone());
        if (notice.link() != null) {
            text.append("- ").append(labels.link()).append(": [").append(notice.link()).append("](")
                    .append(notice.link()).append(")\n");
        }
        return text.toString().stripTrailing();
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null) {
            text.append("- ").append(label).append(": ").append(value).append('\n');
        }
    }

    private static Labels labels(Language language) {
        return language == Language.EN ? EN : ZH;
    }
}
