package cn.yanzhen.intake.api;

import cn.yanzhen.platform.validation.Violations;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A batch of signings as UTF-8 CSV: a header row of field names ({@code investor.name} for nested ones),
 * RFC 4180 quoting, one signing per row.
 */
final class SigningCsv {

    private static final List<String> REQUIRED_COLUMNS = List.of("externalRef", "projectName", "investor.name",
            "investor.creditCode", "investor.originRegion", "destinationRegion", "industryCode", "investmentYuan",
            "signedOn");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private SigningCsv() {
    }

    /** The rows of the body; problems with the body as a whole go to {@code violations}. */
    static List<SubmittedRow> parse(byte[] body, int maxRows, Violations violations) {
        String text = decode(body, violations);
        if (text == null) {
            return List.of();
        }
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            checkHeader(header, violations);
            if (!violations.isEmpty()) {
                return List.of();
            }
            List<SubmittedRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == maxRows) {
                    violations.add("body", "has more than " + maxRows + " rows; send at most " + maxRows
                            + " signings in one request");
                    return List.of();
                }
                rows.add(row(rows.size() + 1, record, header));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            violations.add("body", "is not valid CSV: " + e.getMessage());
            return List.of();
        }
    }

    private static SubmittedRow row(int number, CSVRecord record, List<String> header) {
        Violations violations = new Violations();
        if (record.size() != header.size()) {
            violations.add("row", "has " + record.size() + " cells, the header has " + header.size());
        }
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < Math.min(record.size(), header.size()); i++) {
            cells.put(header.get(i), record.get(i));
        }
        return new SubmittedRow(number, SigningFields.read(new CsvFieldReader(cells, violations)), violations);
    }

    private static void checkHeader(List<String> header, Violations violations) {
        if (header.isEmpty()) {
            violations.add("body", "needs a header row naming the fields");
            return;
        }
        header.stream().filter(column -> !SigningFields.KNOWN.contains(column))
                .forEach(column -> violations.add("column " + column, "unknown column"));
        REQUIRED_COLUMNS.stream().filter(column -> !header.contains(column))
                .forEach(column -> violations.add("column " + column, "is required"));
    }

    private static String decode(byte[] body, Violations violations) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            violations.add("body", "is not valid UTF-8");
            return null;
        }
    }
}
