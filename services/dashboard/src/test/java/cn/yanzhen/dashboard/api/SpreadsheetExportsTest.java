package cn.yanzhen.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.dashboard.domain.Column;
import cn.yanzhen.dashboard.domain.Table;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SpreadsheetExportsTest {

    private static final Table NAMES_FROM_OUTSIDE = new Table("alerts", "预警", List.of(Column.text("项目"),
            Column.count("变化")), List.of(
            List.of("=HYPERLINK(\"http://evil.example\",\"点击\")", -5),
            List.of("+1+1", 0), List.of("-2+3", 1), List.of("@SUM(A1)", 2), List.of("\t=1", 3), List.of("\r=1", 4),
            List.of("证据\u0000不足\u0007，已退回\n重报", 5), List.of("年产20GW光伏组件项目", 6)));

    @Test
    void csvCellsNeverRunAsFormulasNorCarryControlCharactersWhileNumbersStayNumbers() {
        List<String> lines = CsvExport.write(NAMES_FROM_OUTSIDE).lines().toList();

        assertThat(lines).containsExactly(CsvExport.BYTE_ORDER_MARK + "项目,变化",
                "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\",-5",
                "'+1+1,0", "'-2+3,1", "'@SUM(A1),2", "' =1,3", "' =1,4",
                "证据 不足 ，已退回 重报,5", "年产20GW光伏组件项目,6");
    }

    @Test
    void xlsxIsWellFormedXmlWithTheSameNeutralisedText() throws Exception {
        Document sheet = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(entry(XlsxExport.write(NAMES_FROM_OUTSIDE), "xl/worksheets/sheet1.xml")));

        NodeList texts = sheet.getElementsByTagName("t");
        NodeList numbers = sheet.getElementsByTagName("v");
        assertThat(texts.item(2).getTextContent()).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"点击\")");
        assertThat(texts.item(5).getTextContent()).isEqualTo("'@SUM(A1)");
        assertThat(texts.item(8).getTextContent()).isEqualTo("证据 不足 ，已退回 重报");
        assertThat(numbers.item(0).getTextContent()).isEqualTo("-5");
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return entries.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name + " in the workbook: " + new String(zip, StandardCharsets.ISO_8859_1));
    }
}
