package cn.yanzhen.intake.domain.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.platform.validation.Violations;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    private static final String TEXT = "项目名称,总投资（万元）\r\n年产20GW光伏组件项目,150000\r\n";
    private static final byte[] GBK = TEXT.getBytes(Charset.forName("GBK"));

    @Test
    void gbkWithoutACharsetIsReadAsGb18030() {
        assertThat(CsvText.decode(GBK, null, new Violations())).contains(TEXT);
    }

    @Test
    void aDeclaredCharsetIsHonoured() {
        assertThat(CsvText.decode(GBK, "GBK", new Violations())).contains(TEXT);
        assertThat(CsvText.decode(GBK, "gb2312", new Violations())).contains(TEXT);
        assertThat(CsvText.decode(TEXT.getBytes(Charset.forName("GB18030")), "GB18030", new Violations()))
                .contains(TEXT);
    }

    @Test
    void utf8WithOrWithoutAByteOrderMark() {
        assertThat(CsvText.decode(TEXT.getBytes(StandardCharsets.UTF_8), null, new Violations())).contains(TEXT);
        assertThat(CsvText.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8), "utf-8", new Violations()))
                .contains(TEXT);
    }

    @Test
    void gbkDeclaredAsUtf8IsRefused() {
        Violations violations = new Violations();

        assertThat(CsvText.decode(GBK, "UTF-8", violations)).isEmpty();
        assertThat(violations.all()).extracting(Violations.Violation::field).containsExactly("body");
    }

    @Test
    void anotherDeclaredCharsetCountsAsNone() {
        assertThat(CsvText.decode(GBK, "ISO-8859-1", new Violations())).contains(TEXT);
        assertThat(CsvText.decode(TEXT.getBytes(StandardCharsets.UTF_8), "ISO-8859-1", new Violations()))
                .contains(TEXT);
    }
}
