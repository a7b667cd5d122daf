package cn.yanzhen.intake.domain.sheet;

/** A row of a sheet that holds a signing, with the number its errors name ({@code row N}). */
public record DataRow(int number, SheetRow row) {
}
