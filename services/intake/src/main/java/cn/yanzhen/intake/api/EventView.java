package cn.yanzhen.intake.api;

import cn.yanzhen.intake.persistence.EventEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A matchmaking event as the API shows it. */
public record EventView(String code, String name, String hostRegion, String city, LocalDate startDate,
                        LocalDate endDate, String organiser, Instant createdAt) {

    static EventView of(EventEntity event) {
        return new EventView(event.code, event.name, event.hostRegion, event.city, event.startDate, event.endDate,
                event.organiser, event.createdAt);
    }
}
