package cn.yanzhen.intake.domain.sheet;

import cn.yanzhen.platform.sheet.SheetMarks;
import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.validation.Violations.Violation;
import cn.yanzhen.platform.validation.Violations;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a refused signing sheet's errors go: under its header, in the sheet row of each number an error names
 * (the API's own CSV numbers its rows from the first signing, not as the sheet does).
 */
public final class SigningSheetMarks {

    private SigningSheetMarks() {
    }

    /** The marks; empty when the sheet has no header to place them by. */
    public static Optional<SheetMarks> place(List<SheetRow> rows, List<Violation> errors) {
        Optional<SheetRow> header = SheetHeader.rowOf(rows);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, Integer> sheetRows = new HashMap<>();
        SheetHeader.find(rows, new Violations()).ifPresent(found -> found.dataRows(rows)
                .forEach(data -> sheetRows.put(data.number(), data.row().number())));
        return Optional.of(SheetMarks.place(header.get(), sheetRows, errors));
    }
}
