package cn.yanzhen.contracts.alert;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.alert.Alert.AlertCode;
import cn.yanzhen.contracts.alert.AlertTexts.Language;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertTextsTest {

    @Test
    void everyCodeSaysItselfInBothLanguages() {
        for (AlertCode code : AlertCode.values()) {
            Alert alert = new Alert(code, Alert.Severity.WARNING, "s", "d", Instant.EPOCH);
            assertThat(AlertTexts.title(code, Language.ZH)).isNotBlank().isNotEqualTo(AlertTexts.title(code, Language.EN));
            assertThat(AlertTexts.sentence(alert, "某项目", Language.ZH)).contains("某项目").contains("d")
                    .doesNotContain("{");
            assertThat(AlertTexts.sentence(alert, "P", Language.EN)).contains("P").doesNotContain("{");
        }
    }

    @Test
    void anOverdueProjectIsNamedInChinese() {
        Alert alert = new Alert(AlertCode.OVERDUE_COMMENCEMENT, Alert.Severity.WARNING, "id",
                "not commenced by 2025-12-31", Instant.EPOCH);
        assertThat(AlertTexts.sentence(alert, "南宁电子项目", Language.ZH))
                .isEqualTo("南宁电子项目逾期未开工（not commenced by 2025-12-31）");
    }
}
