package cn.yanzhen.capacity.persistence;

import cn.yanzhen.contracts.capacity.RegionCapacity.Profile;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "capacity_profile")
public class ProfileEntity {

    @Id
    public String regionCode;
    public long version;
    public int gradientTier;
    public double landAvailableHa;
    public long labourAvailable;
    public double energyAvailableGwhPerYear;
    public double greenPowerShare;
    public int infrastructureScore;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> industrialBase;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> prioritisedIndustries;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> restrictedIndustries;
    public boolean overcommitted;
    public Instant updatedAt;

    public static ProfileEntity create(String regionCode, Profile profile, Instant now) {
        ProfileEntity entity = new ProfileEntity();
        entity.regionCode = regionCode;
        entity.version = 0;
        entity.replaceWith(profile, now);
        return entity;
    }

    /** Takes the new figures and counts one more version. */
    public void replaceWith(Profile profile, Instant now) {
        version++;
        gradientTier = profile.gradientTier();
        landAvailableHa = profile.landAvailableHa();
        labourAvailable = profile.labourAvailable();
        energyAvailableGwhPerYear = profile.energyAvailableGwhPerYear();
        greenPowerShare = profile.greenPowerShare();
        infrastructureScore = profile.infrastructureScore();
        industrialBase = List.copyOf(profile.industrialBase());
        prioritisedIndustries = List.copyOf(profile.prioritisedIndustries());
        restrictedIndustries = List.copyOf(profile.restrictedIndustries());
        updatedAt = now;
    }

    public Profile toProfile() {
        return new Profile(gradientTier, landAvailableHa, labourAvailable, energyAvailableGwhPerYear, greenPowerShare,
                infrastructureScore, industrialBase, prioritisedIndustries, restrictedIndustries);
    }
}
