package cn.yanzhen.intake.persistence.chain;

import cn.yanzhen.contracts.chain.IndustrialChain;
import cn.yanzhen.platform.api.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ChainStore implements PanacheRepositoryBase<ChainEntity, String> {

    public Optional<ChainEntity> find(String code) {
        return findByIdOptional(code);
    }

    public Optional<ChainEntity> lock(String code) {
        return findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Adds a new chain; a code already taken fails at the flush, inside the caller's transaction. */
    public void add(ChainEntity chain) {
        persist(chain);
        flush();
    }

    /** The chains of a province (every province's when null), by code. */
    public Page<ChainEntity> page(String province, int page, int size) {
        Sort order = Sort.ascending("code");
        PanacheQuery<ChainEntity> query = (province == null ? findAll(order) : find("province", order, province))
                .page(page, size);
        return new Page<>(query.list(), page, size, query.count());
    }

    public List<ChainEntity> ofProvince(String province) {
        return list("province", Sort.ascending("code"), province);
    }

    /** The chains with one of {@code codes} or of one of {@code provinces}, by code: what signings name or may take. */
    public Map<String, IndustrialChain> namedOrOf(Collection<String> codes, Collection<String> provinces) {
        if (codes.isEmpty() && provinces.isEmpty()) {
            return Map.of();
        }
        List<ChainEntity> found = codes.isEmpty() ? list("province in ?1", provinces)
                : provinces.isEmpty() ? list("code in ?1", codes)
                : list("code in ?1 or province in ?2", codes, provinces);
        return found.stream().map(ChainEntity::toChain)
                .collect(Collectors.toMap(IndustrialChain::code, Function.identity()));
    }
}
