package cn.yanzhen.tracking.rounds.domain.sheet;

import cn.yanzhen.contracts.tracking.Evidence;
import cn.yanzhen.tracking.projects.domain.Report;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The reportId a sheet's row gives each of its reports: a digest of the project and the report's content, so the
 * same sheet uploaded again sends the same reports, which the API answers as already received (§4.4), while a row
 * whose content changed sends a new report that the rules judge as any other.
 */
public final class SheetReportIds {

    private static final String PREFIX = "sheet-";
    private static final int HEX_DIGITS = 32;

    private SheetReportIds() {
    }

    /** {@code report} with its id; the id it had is ignored. */
    public static Report identified(UUID signingId, Report report) {
        String content = String.join("|", signingId.toString(), report.type().name(), text(report.on()),
                text(report.cumulativeYuan()), text(report.asOf()), text(report.note()),
                report.evidence().stream().map(SheetReportIds::text).collect(Collectors.joining(";")));
        return new Report(PREFIX + digest(content), report.type(), report.on(), report.cumulativeYuan(), report.asOf(),
                report.correction(), report.reason(), report.note(), report.evidence(), report.outcome());
    }

    private static String text(Evidence evidence) {
        return evidence.kind() + "," + evidence.reference() + "," + evidence.issuedOn();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String digest(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
