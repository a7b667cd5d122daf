package cn.yanzhen.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yanzhen.platform.api.ProblemException;
import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.sheet.xlsx.XlsxRows;
import cn.yanzhen.platform.validation.Violations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class XlsxSheetTest {

    @Test
    void readsLibreOfficesWorkbookWithDateCellsAndExactNumbers() {
        Violations violations = new Violations();

        List<SheetRow> rows = XlsxRows.rows(fixture("signings-zh.xlsx"), 200, violations);

        assertThat(violations.all()).isEmpty();
        assertThat(rows.get(0).cell(0)).startsWith("2025中国产业转移");
        SheetRow header = rows.stream().filter(row -> row.cell(2).equals("项目名称")).findFirst().orElseThrow();
        assertThat(header.number()).isEqualTo(3);
        SheetRow second = rows.stream().filter(row -> row.number() == 5).findFirst().orElseThrow();
        assertThat(second.cells()).contains("GX-S-002", "12345.6789", "2025-07-19", "850.5");
        SheetRow first = rows.stream().filter(row -> row.number() == 4).findFirst().orElseThrow();
        assertThat(first.cell(10)).isEqualTo("2025-07-20");
    }

    @Test
    void aWorkbookThatUnpacksPastTheLimitIsRefusedBeforeItIsParsed() throws IOException {
        byte[] bomb = zipBomb();
        assertThat(bomb.length).isLessThan(100_000);

        assertThatThrownBy(() -> XlsxRows.rows(bomb, 200, new Violations()))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.status().getStatusCode()).isEqualTo(413));
    }

    @Test
    void aBodyThatIsNoWorkbookIsRefused() {
        assertThatThrownBy(() -> XlsxRows.rows("项目名称".getBytes(), 200, new Violations()))
                .isInstanceOf(ProblemException.class);
    }

    /** 40 MiB of zeros in one part: within the whole's limit, past a part's. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bomb.toByteArray();
    }

    static byte[] fixture(String name) {
        try (InputStream in = XlsxSheetTest.class.getResourceAsStream("/sheets/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
