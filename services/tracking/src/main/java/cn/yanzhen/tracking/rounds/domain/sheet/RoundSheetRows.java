package cn.yanzhen.tracking.rounds.domain.sheet;

import cn.yanzhen.contracts.tracking.Evidence;
import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.projects.domain.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An uploaded round sheet's rows as the reports they make (docs/contract.md §4.6.1): a commencement date makes a
 * COMMENCED report, a production date IN_PRODUCTION, a cumulative investment in 万元 with its date an INVESTMENT
 * report in yuan (decimal arithmetic, exact), a note with its date NO_CHANGE; the evidence goes with each report
 * but NO_CHANGE. A row left blank makes none. Cells are read here; the API's rules judge the reports later.
 */
public final class RoundSheetRows {

    static final int MAX_NOTE = 500;

    private RoundSheetRows() {
    }

    /** The data rows; none, with the reason in {@code violations}, when the sheet has no usable header. */
    public static List<FilledRow> read(List<SheetRow> rows, Violations violations) {
        Optional<RoundSheetHeader> found = RoundSheetHeader.find(rows, violations);
        if (found.isEmpty()) {
            return List.of();
        }
        RoundSheetHeader header = found.get();
        Map<UUID, Integer> seen = new HashMap<>();
        List<FilledRow> filled = new ArrayList<>();
        for (SheetRow row : rows) {
            if (row.number() > header.row().number() && !row.isBlank()) {
                filled.add(read(row, header, seen));
            }
        }
        return filled;
    }

    private static FilledRow read(SheetRow row, RoundSheetHeader header, Map<UUID, Integer> seen) {
        RowCells cells = new RowCells(row, header, new Violations());
        UUID signingId = cells.signingId(seen);
        LocalDate asOf = cells.date(RoundSheetColumn.AS_OF);
        List<Evidence> evidence = cells.evidence();
        List<Report> reports = new ArrayList<>();
        cells.dateIfAny(RoundSheetColumn.COMMENCED_ON).ifPresent(on -> reports.add(
                new Report(null, ReportType.COMMENCED, on, null, null, false, null, null, evidence)));
        cells.dateIfAny(RoundSheetColumn.IN_PRODUCTION_ON).ifPresent(on -> reports.add(
                new Report(null, ReportType.IN_PRODUCTION, on, null, null, false, null, null, evidence)));
        cells.yuan().ifPresent(yuan -> reports.add(
                new Report(null, ReportType.INVESTMENT, null, yuan, asOf, false, null, null, evidence)));
        String note = cells.text(RoundSheetColumn.NO_CHANGE_NOTE, MAX_NOTE);
        // a cell that could not be read still says the row reports progress: its error is enough
        boolean progress = cells.anyFilled(RoundSheetColumn.COMMENCED_ON, RoundSheetColumn.IN_PRODUCTION_ON,
                RoundSheetColumn.CUMULATIVE);
        if (!note.isEmpty() && progress) {
            cells.refuse(RoundSheetColumn.NO_CHANGE_NOTE, "同一行已填写进展，不能同时说明无变化 / a row that reports progress "
                    + "cannot also say nothing changed");
        } else if (!note.isEmpty()) {
            reports.add(new Report(null, ReportType.NO_CHANGE, asOf, null, null, false, null, note, List.of()));
            if (!evidence.isEmpty()) {
                cells.refuse(RoundSheetColumn.EVIDENCE_REFERENCE, "无变化说明不附证明材料 / a NO_CHANGE report takes no "
                        + "evidence");
            }
        } else if (!progress && note.isEmpty() && (asOf != null || !evidence.isEmpty())) {
            cells.refuse(asOf != null ? RoundSheetColumn.AS_OF : RoundSheetColumn.EVIDENCE_REFERENCE, "本行没有开工、投产、"
                    + "累计投资或无变化说明 / the row reports no commencement, production, investment or NO_CHANGE");
        }
        List<Report> identified = signingId == null ? List.of()
                : reports.stream().map(report -> SheetReportIds.identified(signingId, report)).toList();
        return new FilledRow(row.number(), signingId, identified, cells.violations(), header);
    }
}
