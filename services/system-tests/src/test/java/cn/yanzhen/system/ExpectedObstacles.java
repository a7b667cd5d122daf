package cn.yanzhen.system;

import cn.yanzhen.stack.demo.DemoObstacles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * The demo event's obstacle figures (docs/contract.md §4.7) from the ledger Beihai's office sent: an obstacle is open
 * unless its last move resolved or withdrew it; a resolved one took the days from its openedOn to that move's day.
 */
final class ExpectedObstacles {

    private static final List<String> CATEGORIES = List.of("LAND", "POWER", "WATER", "FINANCING", "PERMIT", "LABOUR",
            "LOGISTICS", "OTHER");

    private ExpectedObstacles() {
    }

    static void add(ObjectNode figures, List<DemoObstacles.Entry> ledger) {
        TreeMap<String, List<LocalDate>> openSince = new TreeMap<>();
        List<Long> daysToResolve = new ArrayList<>();
        long withdrawn = 0;
        for (DemoObstacles.Entry entry : ledger) {
            LocalDate openedOn = LocalDate.parse(entry.obstacle().get("openedOn").asText());
            JsonNode last = entry.moves().isEmpty() ? null : entry.moves().get(entry.moves().size() - 1);
            String status = last == null ? "OPEN" : last.get("status").asText();
            switch (status) {
                case "RESOLVED" -> daysToResolve.add(ChronoUnit.DAYS.between(openedOn,
                        LocalDate.parse(last.get("on").asText())));
                case "WITHDRAWN" -> withdrawn++;
                default -> openSince.computeIfAbsent(entry.obstacle().get("category").asText(),
                        category -> new ArrayList<>()).add(openedOn);
            }
        }
        ObjectNode obstacles = figures.putObject("obstacles");
        waiting(obstacles.putObject("open"), openSince.values().stream().flatMap(List::stream).toList());
        ObjectNode byCategory = obstacles.putObject("openByCategory");
        CATEGORIES.forEach(category -> waiting(byCategory.putObject(category),
                openSince.getOrDefault(category, List.of())));
        Collections.sort(daysToResolve);
        obstacles.put("resolved", daysToResolve.size());
        if (daysToResolve.isEmpty()) {
            obstacles.putNull("medianDaysToResolve");
        } else {
            // nearest rank: the value at rank ⌈n/2⌉
            obstacles.put("medianDaysToResolve", daysToResolve.get((daysToResolve.size() + 1) / 2 - 1));
        }
        obstacles.put("withdrawn", withdrawn);
    }

    private static void waiting(ObjectNode waiting, List<LocalDate> since) {
        waiting.put("count", since.size());
        if (since.isEmpty()) {
            waiting.putNull("oldestSince");
        } else {
            waiting.put("oldestSince", Collections.min(since).toString());
        }
    }
}
