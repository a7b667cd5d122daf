package cn.yanzhen.tracking.rounds.domain.sheet;

import cn.yanzhen.contracts.tracking.ProjectProgressed.ReportType;
import cn.yanzhen.platform.validation.Violations;
import cn.yanzhen.tracking.projects.domain.Report;
import java.util.List;
import java.util.UUID;

/**
 * One row of an uploaded round sheet: the sheet's own row number, the project it names, the reports its cells make
 * (none when the office left it blank) and its problems so far, each named by the column's title as written.
 */
public record FilledRow(int number, UUID signingId, List<Report> reports, Violations violations,
                        RoundSheetHeader header) {

    public FilledRow {
        reports = List.copyOf(reports);
    }

    /** Records a problem the API's rules name by a report's field (§4.4) under the column that holds it. */
    public void refuse(ReportType type, String field, String message) {
        violations.add(header.title(RoundSheetColumn.of(type, field)), message);
    }

    /** Records why the project refuses a report (a conflict with its state) under the column that makes it. */
    public void refuse(ReportType type, String message) {
        violations.add(header.title(RoundSheetColumn.of(type)), message);
    }

    /** Records that the row's project is not one the sheet asks a report of. */
    public void refuseProject(String message) {
        violations.add(header.title(RoundSheetColumn.SIGNING_ID), message);
    }

    /** Adds this row's problems to {@code all}, each named {@code row N: <column title>} as intake names them. */
    public void reportInto(Violations all) {
        all.addAll("row " + number + ": ", violations);
    }
}
