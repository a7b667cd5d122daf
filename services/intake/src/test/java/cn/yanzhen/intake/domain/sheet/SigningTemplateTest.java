package cn.yanzhen.intake.domain.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.validation.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigningTemplateTest {

    private static final RegionDirectory REGIONS = RegionDirectory.load();
    private static final IndustryCatalogue INDUSTRIES = IndustryCatalogue.load();
    private static final SigningTemplate TEMPLATE = new SigningTemplate(REGIONS, INDUSTRIES);

    @Test
    void theTitlesAreOnesTheReaderKnowsEachQuantityWithItsUnit() {
        Violations violations = new Violations();
        Optional<SheetHeader> header = SheetHeader.find(List.of(header()), violations);

        assertThat(violations.all()).isEmpty();
        assertThat(header).isPresent();
        assertThat(header.get().columns()).extracting(HeaderColumn::column).containsExactly(SigningColumn.values());
        assertThat(header.get().columns()).filteredOn(column -> column.column().kind().needsUnit())
                .extracting(HeaderColumn::unit)
                .containsExactly(SheetUnit.TEN_THOUSAND_YUAN, SheetUnit.MU, SheetUnit.TEN_THOUSAND_KWH,
                        SheetUnit.TEN_THOUSAND_YUAN, SheetUnit.TEN_THOUSAND_YUAN);
    }

    @Test
    void theExampleRowIsNotReadAsASigningButTheRowsUnderItAre() {
        List<Object> example = TEMPLATE.exampleRow("2025-GX", "450100", LocalDate.of(2025, 7, 20));
        List<String> filled = new ArrayList<>(example.stream().map(String::valueOf).toList());
        filled.set(0, "1");

        List<MappedRow> rows = new SheetReading(SheetValuesTest.VALUES).read(List.of(new SheetRow(1, List.of("标题")),
                header(), new SheetRow(4, example.stream().map(String::valueOf).toList()), new SheetRow(5, filled)),
                false, new Violations());

        assertThat(rows).extracting(MappedRow::number).containsExactly(5);
        assertThat(rows.get(0).violations().all()).isEmpty();
        assertThat(rows.get(0).fields()).containsEntry("destinationRegion", "450100")
                .containsEntry("investor.originRegion", "440300").containsEntry("industryCode", "38")
                .containsEntry("investmentYuan", "1500000000").containsEntry("landHa", "40")
                .containsEntry("promise.designCapacity", "8000").containsEntry("promise.capacityUnit", "吨/月")
                .containsEntry("promise.annualOutputYuan", "1600000000").containsEntry("promise.annualTaxYuan", "80000000")
                .containsEntry("promise.fullProductionBy", "2027-07-20");
    }

    @Test
    void everyChoiceOfTheDropDownListsReadsBackAsOneCode() {
        RegionNames regions = new RegionNames(REGIONS);
        IndustryNames industries = new IndustryNames(INDUSTRIES);

        assertThat(TEMPLATE.regionChoices()).hasSize(REGIONS.size()).contains("广西壮族自治区南宁市")
                .allSatisfy(name -> assertThat(regions.codeOf(name)).isPresent());
        assertThat(TEMPLATE.industryChoices()).contains("农业").doesNotContain("国家机构")
                .allSatisfy(name -> assertThat(industries.codeOf(name).flatMap(INDUSTRIES::problemWith)).isEmpty());
    }

    private static SheetRow header() {
        return new SheetRow(3, TEMPLATE.columns().stream().map(SigningTemplate.Column::title).toList());
    }
}
