package cn.yanzhen.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' table of docs/contract.md §2, as its readers see it: per service, the topics it listens to
 * and the topics it publishes. What a deployment lets each service reach on the broker is derived from it.
 */
record ContractServices(Map<String, Row> rows) {

    record Row(String service, List<String> listensTo, List<String> publishes) {
    }

    private static final Pattern TOPIC = Pattern.compile("`(yanzhen\\.[a-z-]+)`");

    static ContractServices read() {
        String contract;
        try {
            contract = Files.readString(Manifests.REPOSITORY.resolve("docs/contract.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String section = contract.substring(contract.indexOf("## §2 Services"), contract.indexOf("## §3"));
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : section.split("\n")) {
            String[] cells = line.split("\\|");
            // | service | port | keeps | listens to | publishes |
            if (cells.length == 6 && cells[2].trim().matches("\\d+")) {
                String service = cells[1].trim();
                rows.put(service, new Row(service, topics(cells[4]), topics(cells[5])));
            }
        }
        return new ContractServices(rows);
    }

    private static List<String> topics(String cell) {
        List<String> topics = new ArrayList<>();
        Matcher matcher = TOPIC.matcher(cell);
        while (matcher.find()) {
            topics.add(matcher.group(1));
        }
        return topics;
    }
}
