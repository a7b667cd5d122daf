package cn.yanzhen.intake.persistence;

import cn.yanzhen.platform.api.Page;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class EventStore implements PanacheRepositoryBase<EventEntity, String> {

    /** Adds a new event; a code already taken fails at the flush, inside the caller's transaction. */
    public void add(EventEntity event) {
        persist(event);
        flush();
    }

    public Optional<EventEntity> find(String code) {
        return findByIdOptional(code);
    }

    public Page<EventEntity> page(int page, int size) {
        var query = findAll(Sort.descending("startDate").and("code")).page(page, size);
        return new Page<>(query.list(), page, size, query.count());
    }
}
