package cn.yanzhen.intake.persistence.park;

import cn.yanzhen.platform.api.Page;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import cn.yanzhen.contracts.park.Park;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;

@ApplicationScoped
public class ParkStore implements PanacheRepositoryBase<ParkEntity, String> {

    /** Adds a new park; a code already taken fails at the flush, inside the caller's transaction. */
    public void add(ParkEntity park) {
        persist(park);
        flush();
    }

    public Optional<ParkEntity> find(String code) {
        return findByIdOptional(code);
    }

    /** The park, locked until the caller's transaction ends, so two changes of it follow one another. */
    public Optional<ParkEntity> lock(String code) {
        return findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The registered parks among {@code codes}, by code. */
    public Map<String, Park> findByCodes(Collection<String> codes) {
        return codes.isEmpty() ? Map.of() : list("code in ?1", codes).stream().map(ParkEntity::toPark)
                .collect(Collectors.toMap(Park::code, Function.identity()));
    }

    /** Parks by code; only those whose region is one of {@code regions} when it is not null. */
    public Page<ParkEntity> page(List<String> regions, int page, int size) {
        var query = regions == null ? findAll(Sort.ascending("code"))
                : find("region in :regions", Sort.ascending("code"), Parameters.with("regions", regions));
        query.page(page, size);
        return new Page<>(query.list(), page, size, query.count());
    }
}
