package cn.yanzhen.intake.persistence;

import cn.yanzhen.intake.domain.EventSubmission;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "matchmaking_event")
public class EventEntity {

    @Id
    public String code;
    public String name;
    public String hostRegion;
    public String city;
    public LocalDate startDate;
    public LocalDate endDate;
    public Instant createdAt;
    /** The organisation that owns the event (the {@code org} claim of whoever registered it). */
    public String organiser;

    public static EventEntity of(EventSubmission event, String organiser, Instant now) {
        EventEntity entity = new EventEntity();
        entity.code = event.code();
        entity.name = event.name();
        entity.hostRegion = event.hostRegion();
        entity.city = event.city();
        entity.startDate = event.startDate();
        entity.endDate = event.endDate();
        entity.createdAt = now;
        entity.organiser = organiser;
        return entity;
    }

    public EventSubmission toSubmission() {
        return new EventSubmission(code, name, hostRegion, city, startDate, endDate);
    }
}
