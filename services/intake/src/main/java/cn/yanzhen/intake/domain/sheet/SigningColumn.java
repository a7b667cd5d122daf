package cn.yanzhen.intake.domain.sheet;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of a signing sheet: each API field with the titles offices give it. A column is recognised by
 * its API field name ({@code investor.creditCode}) or one of its Chinese titles; quantities written under a
 * Chinese title name their unit in brackets, under the field name they are in the API's unit.
 */
public enum SigningColumn {
    EXTERNAL_REF("externalRef", Kind.TEXT, true, "项目编号", "编号", "签约编号", "项目代码"),
    PROJECT_NAME("projectName", Kind.TEXT, true, "项目名称", "项目名"),
    INVESTOR_NAME("investor.name", Kind.TEXT, true, "投资方", "企业名称", "投资方名称", "投资企业", "签约企业"),
    CREDIT_CODE("investor.creditCode", Kind.TEXT, true, "统一社会信用代码", "信用代码", "投资方统一社会信用代码"),
    ORIGIN_REGION("investor.originRegion", Kind.REGION, true, "投资方所在地", "投资方所在地区", "企业所在地",
            "投资方所在地区代码"),
    DESTINATION_REGION("destinationRegion", Kind.REGION, true, "项目落地地", "落地地区", "项目落地地区", "落地地",
            "项目所在地"),
    PARK("park", Kind.TEXT, false, "所属园区", "园区", "落地园区"),
    INDUSTRY("industryCode", Kind.INDUSTRY, true, "行业代码", "国民经济行业代码", "所属行业", "行业", "行业类别"),
    INVESTMENT("investmentYuan", Kind.MONEY, true, "总投资", "签约金额", "投资额", "计划总投资", "投资总额"),
    SIGNED_ON("signedOn", Kind.DATE, true, "签约日期", "签约时间"),
    EXPECTED_JOBS("expectedJobs", Kind.COUNT, false, "预计用工", "新增就业", "预计新增就业", "用工人数"),
    LAND("landHa", Kind.AREA, false, "用地", "用地面积", "占地面积", "土地面积"),
    ENERGY("energyGwhPerYear", Kind.ENERGY, false, "年用电量", "预计年用电量"),
    PLANNED_COMMENCEMENT("plannedCommencement", Kind.DATE, false, "计划开工日期", "计划开工时间", "预计开工日期"),
    DESIGN_CAPACITY("promise.designCapacity", Kind.DECIMAL, false, "设计产能", "设计生产能力", "达产产能"),
    CAPACITY_UNIT("promise.capacityUnit", Kind.TEXT, false, "产能单位", "设计产能单位"),
    PROMISED_OUTPUT("promise.annualOutputYuan", Kind.MONEY, false, "达产年产值", "预计年产值", "达产后年产值"),
    PROMISED_TAX("promise.annualTaxYuan", Kind.MONEY, false, "达产年税收", "预计年税收", "达产后年税收"),
    FULL_PRODUCTION_BY("promise.fullProductionBy", Kind.DATE, false, "预计达产日期", "达产日期", "预计达产时间"),
    PARK_CODE("parkCode", Kind.TEXT, false, "园区代码", "所属园区代码"),
    CHAIN_CODE("chainCode", Kind.TEXT, false, "产业链代码", "所属产业链");

    /** What a cell holds, which decides how it is read. */
    public enum Kind {
        TEXT, REGION, INDUSTRY, MONEY, AREA, ENERGY, COUNT, DATE,
        /** A number whose unit another column gives (设计产能 and 产能单位): brackets in its title are notes. */
        DECIMAL;

        /** Whether a Chinese title must name the unit: 总投资 alone could be 元 or 万元. */
        boolean needsUnit() {
            return this == MONEY || this == AREA || this == ENERGY;
        }

        /** Whether a unit in brackets changes the numbers (万人 would); other kinds' brackets are notes. */
        boolean isQuantity() {
            return needsUnit() || this == COUNT;
        }
    }

    /** Titles offices add that carry nothing the API stores; such columns are skipped. */
    static final List<String> IGNORED_TITLES = List.of("序号", "备注", "联系人", "联系电话", "说明");

    /** The serial-number column; a row whose serial is {@link #EXAMPLE_MARK} is the template's example, not a signing. */
    static final String SERIAL_TITLE = "序号";
    static final String EXAMPLE_MARK = "示例";

    private final String field;
    private final Kind kind;
    private final boolean required;
    private final List<String> titles;

    SigningColumn(String field, Kind kind, boolean required, String... titles) {
        this.field = field;
        this.kind = kind;
        this.required = required;
        this.titles = List.of(titles);
    }

    public String field() {
        return field;
    }

    public Kind kind() {
        return kind;
    }

    public boolean required() {
        return required;
    }

    /** The column with this API field name. */
    static Optional<SigningColumn> byField(String name) {
        return Stream.of(values()).filter(column -> column.field.equals(name)).findFirst();
    }

    /** The column a Chinese title (without unit and spaces) names. */
    static Optional<SigningColumn> byTitle(String name) {
        return Stream.of(values()).filter(column -> column.titles.contains(name)).findFirst();
    }

    /** The first Chinese title, for messages. */
    String mainTitle() {
        return titles.get(0);
    }
}
