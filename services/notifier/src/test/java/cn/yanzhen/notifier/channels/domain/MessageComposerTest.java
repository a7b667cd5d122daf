package cn.yanzhen.notifier.channels.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.alert.Alert;
import cn.yanzhen.contracts.alert.AlertTexts.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageComposerTest {

    private static final Notice OVERDUE = new Notice("a-1", new Alert(Alert.AlertCode.OVERDUE_COMMENCEMENT,
            Alert.Severity.WARNING, "s-1", "not commenced by 2025-09-01", Instant.parse("2026-01-06T04:00:00Z")),
            "南宁电子项目", "广西壮族自治区南宁市", "https://yanzhen.test/projects/s-1");

    @Test
    void aMessageNamesTheProjectRegionWhatIsLateSinceWhenAndTheLink() {
        Message message = MessageComposer.single(OVERDUE, Language.ZH);
        assertThat(message.title()).isEqualTo("【雁阵预警】逾期未开工");
        assertThat(message.body()).contains("项目: 南宁电子项目", "地区: 广西壮族自治区南宁市",
                "情况: 南宁电子项目逾期未开工（not commenced by 2025-09-01）", "时间: 2026-01-06 12:00（北京时间）",
                "https://yanzhen.test/projects/s-1");
    }

    @Test
    void aDigestInEnglishCarriesEachAlert() {
        Message digest = MessageComposer.digest(List.of(OVERDUE, OVERDUE), LocalDate.of(2026, 1, 6), Language.EN);
        assertThat(digest.title()).isEqualTo("[Yanzhen alert] Daily alert digest 2026-01-06 (2)");
        assertThat(digest.body()).contains("### Commencement overdue", "Since: 2026-01-06 12:00 (Beijing time)");
        assertThat(digest.notices()).hasSize(2);
    }
}
