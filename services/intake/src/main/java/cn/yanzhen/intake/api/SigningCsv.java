package cn.yanzhen.intake.api;

import cn.yanzhen.platform.sheet.RowLimit;
import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.validation.Violations;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV body's records as sheet rows (RFC 4180 quoting), numbered as a spreadsheet shows them: empty lines count,
 * a cell with a line break inside stays one row.
 */
final class SigningCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private SigningCsv() {
    }

    /** The rows, at most {@code maxRows} of them; problems with the body as a whole go to {@code violations}. */
    static List<SheetRow> rows(String text, int maxRows, Violations violations) {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            List<SheetRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == maxRows) {
                    violations.add("body", RowLimit.exceeded(maxRows));
                    return List.of();
                }
                rows.add(new SheetRow(rows.size() + 1, record.toList()));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            violations.add("body", "不是有效的 CSV / is not valid CSV: " + e.getMessage());
            return List.of();
        }
    }
}
