package cn.yanzhen.intake.persistence.chain;

import cn.yanzhen.contracts.chain.IndustrialChain;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "industrial_chain")
public class ChainEntity {

    @Id
    public String code;
    public String province;
    public String name;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> industries;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> leadFirms;
    public String changedBy;
    public Instant changedAt;

    public static ChainEntity of(IndustrialChain chain) {
        ChainEntity entity = new ChainEntity();
        entity.code = chain.code();
        return entity;
    }

    public void take(IndustrialChain chain, String by, Instant at) {
        province = chain.province();
        name = chain.name();
        industries = List.copyOf(chain.industries());
        leadFirms = List.copyOf(chain.leadFirms());
        changedBy = by;
        changedAt = at;
    }

    public IndustrialChain toChain() {
        return new IndustrialChain(code, province, name, List.copyOf(industries), List.copyOf(leadFirms));
    }
}
