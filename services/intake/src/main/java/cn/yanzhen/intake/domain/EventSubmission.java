package cn.yanzhen.intake.domain;

import java.time.LocalDate;

/** A matchmaking event as its organiser describes it; {@code code} is the organiser's key. */
public record EventSubmission(String code, String name, String hostRegion, String city,
                              LocalDate startDate, LocalDate endDate) {
}
