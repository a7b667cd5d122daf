package cn.yanzhen.system;

import cn.yanzhen.contracts.reference.ElectricityFactors;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.stack.demo.EarlierEvent;
import cn.yanzhen.stack.demo.GuangxiProfiles;
import cn.yanzhen.stack.demo.GuangxiStory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo event's cycle times and energy figures (docs/contract.md §4.5.1, §4.5.2) from what was sent: the signings'
 * dates, energy and origins, the story's reports (the repeat's sent on its earlier signing, whose dates it follows),
 * the verifier's one rejected commencement as the office corrected it, and the demo's capacity profiles.
 */
final class ExpectedCycleAndEnergy {

    private static final RegionDirectory REGIONS = RegionDirectory.load();
    private static final ElectricityFactors FACTORS = ElectricityFactors.load();

    private ExpectedCycleAndEnergy() {
    }

    /** What happened to one project, as its event counts it. */
    private static final class Course {
        LocalDate signedOn;
        LocalDate commencedOn;
        LocalDate inProductionOn;
        boolean cancelled;
    }

    static void add(ObjectNode figures, List<GuangxiStory.Project> projects, Set<String> signed,
                    List<GuangxiStory.Step> steps, GuangxiStory.Project repeat, Map<String, LocalDate> corrected,
                    JsonNode signings) {
        Map<String, Course> courses = new HashMap<>();
        for (GuangxiStory.Project project : projects) {
            if (signed.contains(project.signingId())) {
                Course course = new Course();
                course.signedOn = project.signingId().equals(repeat.signingId()) ? EarlierEvent.EVENT_DAY
                        : project.signedOn();
                courses.put(project.signingId(), course);
            }
        }
        for (GuangxiStory.Step step : steps) {
            Course course = courses.get(step.signingId());
            switch (step.report().get("type").asText()) {
                case "COMMENCED" -> course.commencedOn = corrected.getOrDefault(step.signingId(),
                        LocalDate.parse(step.report().get("on").asText()));
                case "IN_PRODUCTION" -> course.inProductionOn = LocalDate.parse(step.report().get("on").asText());
                case "CANCELLED" -> course.cancelled = true;
                default -> { }
            }
        }
        cycleTimes(figures.putObject("cycleTimes"), courses.values());
        energy(figures.putObject("energy"), courses, signings);
    }

    private static void cycleTimes(ObjectNode times, Iterable<Course> courses) {
        List<Long> toCommence = new ArrayList<>();
        List<Long> toProduce = new ArrayList<>();
        List<LocalDate> awaitingCommencement = new ArrayList<>();
        List<LocalDate> awaitingProduction = new ArrayList<>();
        for (Course course : courses) {
            if (course.commencedOn == null) {
                if (!course.cancelled) {
                    awaitingCommencement.add(course.signedOn);
                }
                continue;
            }
            toCommence.add(ChronoUnit.DAYS.between(course.signedOn, course.commencedOn));
            if (course.inProductionOn != null) {
                toProduce.add(ChronoUnit.DAYS.between(course.commencedOn, course.inProductionOn));
            } else if (!course.cancelled) {
                awaitingProduction.add(course.commencedOn);
            }
        }
        step(times.putObject("signingToCommencement"), toCommence);
        step(times.putObject("commencementToProduction"), toProduce);
        waiting(times.putObject("awaitingCommencement"), awaitingCommencement);
        waiting(times.putObject("awaitingProduction"), awaitingProduction);
    }

    private static void step(ObjectNode step, List<Long> days) {
        days.sort(null);
        step.put("projects", days.size());
        if (days.isEmpty()) {
            step.putNull("medianDays").putNull("p90Days");
        } else {
            // nearest rank: the value at rank ⌈p·n/100⌉
            step.put("medianDays", days.get((50 * days.size() + 99) / 100 - 1))
                    .put("p90Days", days.get((90 * days.size() + 99) / 100 - 1));
        }
    }

    private static void waiting(ObjectNode waiting, List<LocalDate> since) {
        waiting.put("count", since.size());
        since.stream().min(LocalDate::compareTo).ifPresentOrElse(oldest -> waiting.put("oldestSince", oldest.toString()),
                () -> waiting.putNull("oldestSince"));
    }

    private static void energy(ObjectNode energy, Map<String, Course> courses, JsonNode signings) {
        Map<String, ObjectNode> profiles = GuangxiProfiles.all();
        long mwh = 0;
        long atDestination = 0;
        long atOrigin = 0;
        long withoutProfile = 0;
        BigDecimal green = BigDecimal.ZERO;
        for (JsonNode signing : signings) {
            Course course = courses.get(signing.get("id").asText());
            if (course == null || course.commencedOn == null || course.cancelled
                    || !signing.hasNonNull("energyGwhPerYear")) {
                continue;
            }
            long demand = signing.get("energyGwhPerYear").decimalValue().movePointRight(3)
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
            String destination = signing.get("destinationRegion").asText();
            mwh += demand;
            atDestination += demand * factor(destination);
            atOrigin += demand * factor(signing.at("/investor/originRegion").asText());
            ObjectNode profile = REGIONS.selfAndAncestors(destination).stream().map(Region::code)
                    .filter(profiles::containsKey).findFirst().map(profiles::get).orElse(null);
            if (profile == null) {
                withoutProfile += demand;
            } else {
                green = green.add(BigDecimal.valueOf(profile.get("greenPowerShare").asDouble())
                        .multiply(BigDecimal.valueOf(demand)));
            }
        }
        energy.put("demandGwhPerYear", BigDecimal.valueOf(mwh, 3))
                .put("co2AtDestinationTonnes", BigDecimal.valueOf(atDestination, 4))
                .put("co2AtOriginTonnes", BigDecimal.valueOf(atOrigin, 4))
                .put("co2ChangeTonnes", BigDecimal.valueOf(atDestination - atOrigin, 4))
                .put("greenPowerShare", mwh == 0 ? 0
                        : green.divide(BigDecimal.valueOf(mwh), 4, RoundingMode.HALF_UP).doubleValue())
                .put("withoutGreenPowerProfileGwh", BigDecimal.valueOf(withoutProfile, 3));
    }

    /** The province's factor in ten-thousandths of tCO₂/MWh. */
    private static long factor(String region) {
        List<Region> chain = REGIONS.selfAndAncestors(region);
        return FACTORS.of(chain.get(chain.size() - 1).code()).orElseThrow().tenThousandths();
    }
}
