package cn.yanzhen.intake.api;

import cn.yanzhen.intake.domain.SigningSubmission;
import cn.yanzhen.intake.domain.sheet.MappedRow;
import cn.yanzhen.platform.validation.Violations;
import java.util.Map;

/**
 * One row of a batch with the problems found while reading it. {@code number} is the row as the client counts
 * it (from 1; a sheet's own row number); {@code titles} names each field as the sheet's header wrote it.
 */
record SubmittedRow(int number, SigningSubmission submission, Violations violations, Map<String, String> titles) {

    SubmittedRow(int number, SigningSubmission submission, Violations violations) {
        this(number, submission, violations, Map.of());
    }

    /** A sheet's row read with the same rules as a JSON signing. */
    static SubmittedRow of(MappedRow row) {
        SigningSubmission submission = SigningFields.read(new CsvFieldReader(row.fields(), row.violations()));
        return new SubmittedRow(row.number(), submission, row.violations(), row.titles());
    }

    /** The row with its submission replaced, e.g. by the registered park's name as {@code park}. */
    SubmittedRow with(SigningSubmission changed) {
        return new SubmittedRow(number, changed, violations, titles);
    }

    String fieldPrefix() {
        return "row " + number + ": ";
    }

    /** Adds this row's problems to {@code all}, each named {@code row N: <column title>}. */
    void reportInto(Violations all) {
        violations.all().forEach(violation -> all.add(fieldPrefix() + titleOf(violation.field()), violation.message()));
    }

    /** The field as the client named it. */
    String titleOf(String field) {
        return titles.getOrDefault(field, field);
    }
}
