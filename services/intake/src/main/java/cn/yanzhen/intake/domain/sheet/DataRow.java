package cn.yanzhen.intake.domain.sheet;

import cn.yanzhen.platform.sheet.SheetRow;

/** A row of a sheet that holds a signing, with the number its errors name ({@code row N}). */
public record DataRow(int number, SheetRow row) {
}
