package cn.yanzhen.intake.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;

/** Writes signings as the CSV a spreadsheet export would give: header of field names, quoted cells. */
final class CsvBodies {

    private CsvBodies() {
    }

    static String of(List<ObjectNode> signings) {
        StringBuilder csv = new StringBuilder(String.join(",", SigningFields.NAMES)).append("\r\n");
        for (ObjectNode signing : signings) {
            csv.append(SigningFields.NAMES.stream().map(field -> cell(signing.at("/" + field.replace('.', '/'))))
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        return "\"" + value.asText().replace("\"", "\"\"") + "\"";
    }
}
