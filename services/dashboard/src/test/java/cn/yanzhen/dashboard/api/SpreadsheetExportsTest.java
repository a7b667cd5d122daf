package cn.yanzhen.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yanzhen.dashboard.domain.Column;
import cn.yanzhen.dashboard.domain.Table;
import cn.yanzhen.platform.api.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SpreadsheetExportsTest {

    static final Instant AS_OF = Instant.parse("2025-07-20T10:05:00Z");
    private static final Table FIGURES = new Table("events", "对接活动", List.of(Column.text("活动代码"),
            Column.yuan("签约额"), Column.rate("开工率"), Column.time("时间")),
            List.of(List.of("2025-GX", 1_500_000_000L, 0.375, "2025-07-20T16:00:00Z")));

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
                .parse(new ByteArrayInputStream(entry(XlsxExport.write(NAMES_FROM_OUTSIDE, AS_OF),
                        "xl/worksheets/sheet1.xml")));

        // two caption texts (title, as-of line) and two headings come first
        NodeList texts = sheet.getElementsByTagName("t");
        NodeList numbers = sheet.getElementsByTagName("v");
        assertThat(texts.item(4).getTextContent()).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"点击\")");
        assertThat(texts.item(7).getTextContent()).isEqualTo("'@SUM(A1)");
        assertThat(texts.item(10).getTextContent()).isEqualTo("证据 不足 ，已退回 重报");
        assertThat(numbers.item(0).getTextContent()).isEqualTo("-5");
    }

    @Test
    void xlsxHasATitleAnAsOfLineInBeijingTimeAndAFrozenRepeatedHeaderAboveFormattedNumbers() throws Exception {
        byte[] xlsx = XlsxExport.write(FIGURES, AS_OF);
        String sheet = new String(entry(xlsx, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);

        assertThat(sheet).contains("<row r=\"1\" ht=\"24\" customHeight=\"1\"><c s=\"1\" t=\"inlineStr\"><is><t>对接活动</t>",
                "截至 2025-07-20 18:05（北京时间）；金额单位：元；比率以百分比表示；时间为北京时间",
                "<pane ySplit=\"3\" topLeftCell=\"A4\" activePane=\"bottomLeft\" state=\"frozen\"/>",
                "<c s=\"2\" t=\"inlineStr\"><is><t>签约额（元）</t>",
                "<c s=\"" + XlsxParts.YUAN + "\"><v>1500000000</v>", "<c s=\"" + XlsxParts.RATE + "\"><v>0.375</v>",
                "<col min=\"2\" max=\"2\" width=\"15\" customWidth=\"1\"/>", "<mergeCell ref=\"A1:D1\"/>");
        // the header and data rows as DashboardBrowserIT counts them: one <row> each
        assertThat(sheet.split("<row>", -1)).hasSize(1 + 1 + FIGURES.rows().size());
        assertThat(new String(entry(xlsx, "xl/styles.xml"), StandardCharsets.UTF_8))
                .contains("formatCode=\"0.0%\"", "formatCode=\"yyyy-mm-dd hh:mm\"");
        assertThat(new String(entry(xlsx, "xl/workbook.xml"), StandardCharsets.UTF_8))
                .contains("_xlnm.Print_Titles", "'events'!$3:$3");
    }

    @Test
    void aCaptionWiderThanTheTableWrapsInsideItInARowTallEnoughSoItPrintsWithinThePage() throws Exception {
        Table narrow = new Table("rates", "开工率", List.of(Column.rate("开工率")), List.of(List.of(0.5)));
        String sheet = new String(entry(XlsxExport.write(narrow, AS_OF), "xl/worksheets/sheet1.xml"),
                StandardCharsets.UTF_8);

        // the as-of line is 115 characters wide (a Chinese one counting two), the table 8: 15 lines of 16 points
        assertThat(sheet).contains("<row r=\"2\" ht=\"242\" customHeight=\"1\"><c s=\"" + XlsxParts.CAPTION + "\"",
                "<mergeCell ref=\"A2:A2\"/>");
    }

    @Test
    void aTimeBecomesExcelsSerialDateTimeInBeijing() {
        // 2025-07-21 00:00 Beijing is day 45859 counted from 1899-12-30
        assertThat(XlsxExport.excelTime("2025-07-20T16:00:00Z")).isEqualTo("45859.0");
        assertThat(XlsxExport.excelTime("not a time")).isNull();
        assertThat(XlsxExport.columnName(0)).isEqualTo("A");
        assertThat(XlsxExport.columnName(27)).isEqualTo("AB");
    }

    @Test
    void csvInGb18030HasNoByteOrderMarkAndTheSameText() {
        byte[] gb = CsvExport.write(FIGURES, CsvCharset.GB18030);

        assertThat(new String(gb, CsvCharset.GB18030)).isEqualTo(CsvExport.write(FIGURES).substring(1))
                .startsWith("活动代码,签约额（元）,开工率,时间");
        assertThat(CsvExport.write(FIGURES, StandardCharsets.UTF_8)).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF});
    }

    @Test
    void gb18030IsChosenByTheQueryOrByAnAcceptCharsetWithoutUtf8() {
        assertThat(CsvCharset.chosen(null, null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvCharset.chosen("gbk", "utf-8")).isEqualTo(CsvCharset.GB18030);
        assertThat(CsvCharset.chosen(null, "GB18030, gbk;q=0.8")).isEqualTo(CsvCharset.GB18030);
        assertThat(CsvCharset.chosen(null, "utf-8, gbk;q=0.5")).isEqualTo(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvCharset.chosen("latin1", null)).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.errors().get(0).field()).isEqualTo("charset"));
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
