package cn.yanzhen.tracking.rounds.domain.sheet;

import cn.yanzhen.contracts.tracking.Evidence;
import cn.yanzhen.platform.sheet.SheetDates;
import cn.yanzhen.platform.sheet.SheetNumbers;
import cn.yanzhen.platform.sheet.SheetRow;
import cn.yanzhen.platform.validation.Violations;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A row's cells read by column, each problem recorded under the column's title. */
record RowCells(SheetRow row, RoundSheetHeader header, Violations violations) {

    static final int MAX_REFERENCE = 200;
    private static final BigDecimal YUAN_PER_UNIT = BigDecimal.valueOf(10_000);
    private static final String REFERENCE_SEPARATORS = "[;；、\\n]";

    String text(RoundSheetColumn column, int maxLength) {
        String text = header.cell(row, column);
        if (text.length() > maxLength) {
            refuse(column, "不能超过 " + maxLength + " 个字 / must be at most " + maxLength + " characters");
        }
        return text;
    }

    UUID signingId(Map<UUID, Integer> seen) {
        String cell = header.cell(row, RoundSheetColumn.SIGNING_ID);
        if (cell.isEmpty()) {
            refuse(RoundSheetColumn.SIGNING_ID, "必填：本表下载时填好的项目编号 / is required: the project id the "
                    + "downloaded sheet gave the row");
            return null;
        }
        try {
            UUID id = UUID.fromString(cell);
            Integer earlier = seen.putIfAbsent(id, row.number());
            if (earlier != null) {
                refuse(RoundSheetColumn.SIGNING_ID, "与第 " + earlier + " 行是同一项目 / names the same project as row "
                        + earlier);
            }
            return id;
        } catch (IllegalArgumentException e) {
            refuse(RoundSheetColumn.SIGNING_ID, "「" + cell + "」不是项目编号 / is not a project id");
            return null;
        }
    }

    boolean anyFilled(RoundSheetColumn... columns) {
        return Arrays.stream(columns).anyMatch(column -> !header.cell(row, column).isEmpty());
    }

    Optional<LocalDate> dateIfAny(RoundSheetColumn column) {
        return Optional.ofNullable(date(column));
    }

    LocalDate date(RoundSheetColumn column) {
        String cell = header.cell(row, column);
        if (cell.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = SheetDates.parse(cell);
        if (date.isEmpty()) {
            refuse(column, SheetDates.notADate(cell));
        }
        return date.orElse(null);
    }

    Optional<Long> yuan() {
        String cell = header.cell(row, RoundSheetColumn.CUMULATIVE);
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> amount = SheetNumbers.number(cell);
        Optional<BigInteger> yuan = amount.map(YUAN_PER_UNIT::multiply).flatMap(SheetNumbers::whole)
                .filter(whole -> whole.bitLength() < Long.SIZE);
        if (yuan.isEmpty()) {
            refuse(RoundSheetColumn.CUMULATIVE, amount.isEmpty() ? SheetNumbers.notANumber(cell)
                    : SheetNumbers.notWholeYuan(cell, RoundSheetColumn.MONEY_UNIT));
        }
        return yuan.map(BigInteger::longValue);
    }

    /** One document per reference, all of the kind and date given; none when the three cells are empty. */
    List<Evidence> evidence() {
        String kindName = header.cell(row, RoundSheetColumn.EVIDENCE_KIND);
        String references = text(RoundSheetColumn.EVIDENCE_REFERENCE, Integer.MAX_VALUE);
        LocalDate issuedOn = date(RoundSheetColumn.EVIDENCE_ISSUED_ON);
        String issuedCell = header.cell(row, RoundSheetColumn.EVIDENCE_ISSUED_ON);
        if (kindName.isEmpty() && references.isEmpty() && issuedCell.isEmpty()) {
            return List.of();
        }
        Optional<Evidence.Kind> kind = EvidenceKinds.of(kindName);
        if (kind.isEmpty()) {
            refuse(RoundSheetColumn.EVIDENCE_KIND, "须为 " + EvidenceKinds.names() + " 之一 / must be one of "
                    + EvidenceKinds.names());
        }
        required(RoundSheetColumn.EVIDENCE_REFERENCE, references);
        required(RoundSheetColumn.EVIDENCE_ISSUED_ON, issuedCell);
        List<Evidence> documents = new ArrayList<>();
        for (String reference : references.split(REFERENCE_SEPARATORS)) {
            if (reference.strip().length() > MAX_REFERENCE) {
                refuse(RoundSheetColumn.EVIDENCE_REFERENCE, "每个编号不能超过 " + MAX_REFERENCE + " 个字 / each "
                        + "reference must be at most " + MAX_REFERENCE + " characters");
            } else if (!reference.isBlank()) {
                documents.add(new Evidence(kind.orElse(null), reference.strip(), issuedOn));
            }
        }
        return documents;
    }

    private void required(RoundSheetColumn column, String cell) {
        if (cell.isEmpty()) {
            refuse(column, "填写证明材料时必填 / is required with evidence");
        }
    }

    void refuse(RoundSheetColumn column, String message) {
        violations.add(header.title(column), message);
    }
}
