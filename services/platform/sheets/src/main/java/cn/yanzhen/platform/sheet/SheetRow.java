package cn.yanzhen.platform.sheet;

import java.util.List;

/** One row of a spreadsheet or CSV body, numbered as the user sees it (from 1, title rows included). */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell's text, stripped; empty past the row's end. */
    public String cell(int index) {
        return index < cells.size() ? strip(cells.get(index)) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(cell -> strip(cell).isEmpty());
    }

    /** Whether a cell at or after {@code width} has content. */
    public boolean hasContentFrom(int width) {
        for (int i = width; i < cells.size(); i++) {
            if (!cell(i).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    // strip() knows the full-width space U+3000 that Chinese input methods type
    public static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
