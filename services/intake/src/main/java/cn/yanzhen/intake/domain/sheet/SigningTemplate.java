package cn.yanzhen.intake.domain.sheet;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.intake.domain.CreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What an event's signing template holds: the Chinese titles the sheet reader accepts, each quantity with the
 * unit offices use (万元, 亩, 万千瓦时), an example row the reader skips (序号 示例), and the choices of the drop-down
 * lists, written as the reader reads them back: regions by full name, industries by division name.
 */
public final class SigningTemplate {

    /** A column: its title with unit, what its cells hold, and whether a signing needs it. */
    public record Column(String title, SigningColumn.Kind kind, boolean required) {

        /** Whether the cells are text however they look (codes, names), not numbers or dates. */
        public boolean holdsText() {
            return kind == SigningColumn.Kind.TEXT || kind == SigningColumn.Kind.REGION
                    || kind == SigningColumn.Kind.INDUSTRY;
        }
    }

    private static final Map<SigningColumn.Kind, SheetUnit> UNITS = Map.of(
            SigningColumn.Kind.MONEY, SheetUnit.TEN_THOUSAND_YUAN, SigningColumn.Kind.AREA, SheetUnit.MU,
            SigningColumn.Kind.ENERGY, SheetUnit.TEN_THOUSAND_KWH, SigningColumn.Kind.COUNT, SheetUnit.PEOPLE);
    private static final String EXAMPLE_ORIGIN = "440300";
    private static final String EXAMPLE_DIVISION = "38";

    private final RegionDirectory regions;
    private final IndustryCatalogue industries;

    public SigningTemplate(RegionDirectory regions, IndustryCatalogue industries) {
        this.regions = regions;
        this.industries = industries;
    }

    /** 序号 first, then one column per field in the API's order. */
    public List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(SigningColumn.SERIAL_TITLE, SigningColumn.Kind.TEXT, false));
        for (SigningColumn column : SigningColumn.values()) {
            SheetUnit unit = UNITS.get(column.kind());
            String title = unit == null ? column.mainTitle() : column.mainTitle() + "（" + unit.symbol() + "）";
            columns.add(new Column(title, column.kind(), column.required()));
        }
        return columns;
    }

    public String title(String eventName, String eventCode) {
        return eventName + " 签约项目表（活动代码 " + eventCode + "）";
    }

    public String note() {
        return "加粗的列必填；「示例」行不会导入，可删除；地区、行业可从下拉列表选择，也可填代码。 / Bold columns are required; "
                + "the row numbered 示例 is not imported; pick regions and industries from the lists or type their codes.";
    }

    /** The example row for an event, in the order of {@link #columns()}: texts, numbers and dates as typed. */
    public List<Object> exampleRow(String eventCode, String hostRegion, LocalDate startDate) {
        return List.of(SigningColumn.EXAMPLE_MARK, eventCode + "-001", "年产20GW光伏组件项目", "深圳市华阳新能源科技有限公司",
                CreditCode.complete("91440300MA5F0001"), fullName(EXAMPLE_ORIGIN), fullName(hostRegion), "",
                industries.divisionName(EXAMPLE_DIVISION), new BigDecimal("150000"), startDate, 1200L,
                new BigDecimal("600"), new BigDecimal("12000"), startDate.plusMonths(5), new BigDecimal("8000"), "吨/月",
                new BigDecimal("160000"), new BigDecimal("8000"), startDate.plusYears(2), "", "");
    }

    /** Every known region by its full name (广西壮族自治区南宁市), which the reader resolves to one code. */
    public List<String> regionChoices() {
        return regions.all().stream().sorted(Comparator.comparing(Region::code))
                .map(region -> fullName(region.code())).toList();
    }

    /** The name of every division a signing may be in (public administration is not). */
    public List<String> industryChoices() {
        return IntStream.rangeClosed(1, 99).mapToObj(number -> String.format("%02d", number))
                .filter(division -> !industries.divisionName(division).equals(division))
                .filter(division -> industries.problemWith(division).isEmpty())
                .map(industries::divisionName).toList();
    }

    private String fullName(String code) {
        return RegionNames.fullName(regions, code);
    }
}
