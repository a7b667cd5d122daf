package cn.yanzhen.intake.persistence.chain;

import cn.yanzhen.platform.api.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

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
}
