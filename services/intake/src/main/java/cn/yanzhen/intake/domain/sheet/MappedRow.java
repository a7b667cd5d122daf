package cn.yanzhen.intake.domain.sheet;

import cn.yanzhen.platform.validation.Violations;
import java.util.Map;

/**
 * One data row of a sheet as the API's fields (name → text), its problems so far, and the title the user gave
 * each field, so that later problems name the column as the sheet does.
 */
public record MappedRow(int number, Map<String, String> fields, Violations violations, Map<String, String> titles) {
}
