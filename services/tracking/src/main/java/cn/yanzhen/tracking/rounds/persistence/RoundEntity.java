package cn.yanzhen.tracking.rounds.persistence;

import cn.yanzhen.tracking.rounds.domain.Round;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "reporting_round")
public class RoundEntity {

    @Id
    public String code;
    public String scope;
    public LocalDate opensOn;
    public LocalDate dueOn;
    public Instant openedAt;
    public Instant closedAt;

    static RoundEntity opened(Round round, Instant at) {
        RoundEntity entity = new RoundEntity();
        entity.code = round.code();
        entity.scope = round.scope();
        entity.opensOn = round.opensOn();
        entity.dueOn = round.dueOn();
        entity.openedAt = at;
        return entity;
    }

    public Round round() {
        return new Round(code, scope, opensOn, dueOn);
    }
}
