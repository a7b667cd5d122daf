package cn.yanzhen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorTest {

    private static final RegionDirectory REGIONS = RegionDirectory.load();

    @Test
    void aRegionalOfficeWritesInItsRegionAndEverythingInside() {
        Actor guangxi = new Actor("gx-office", List.of(Roles.REGIONAL_OFFICE), "450000", null);
        Actor beihai = new Actor("beihai-office", List.of(Roles.REGIONAL_OFFICE), "450500", null);

        assertThat(guangxi.mayWriteInRegion("450000", REGIONS)).isTrue();
        assertThat(guangxi.mayWriteInRegion("450500", REGIONS)).isTrue();
        assertThat(beihai.mayWriteInRegion("450500", REGIONS)).isTrue();
        assertThat(beihai.mayWriteInRegion("450000", REGIONS)).as("not the province above it").isFalse();
        assertThat(beihai.mayWriteInRegion("450100", REGIONS)).as("not a sibling prefecture").isFalse();
        assertThat(guangxi.mayWriteInRegion("620000", REGIONS)).isFalse();
    }

    @Test
    void aRegionIsNotEnoughWithoutTheRole() {
        Actor organiser = new Actor("o", List.of(Roles.ORGANISER), "450000", "GX");
        Actor office = new Actor("o", List.of(Roles.REGIONAL_OFFICE), null, null);

        assertThat(organiser.mayWriteInRegion("450500", REGIONS)).isFalse();
        assertThat(office.mayWriteInRegion("450500", REGIONS)).as("no region claim").isFalse();
    }

    @Test
    void anOrganiserWritesOnlyForItsOwnOrganisation() {
        Actor organiser = new Actor("o", List.of(Roles.ORGANISER), null, "GX-COMMERCE");

        assertThat(organiser.mayWriteForOrganisation("GX-COMMERCE")).isTrue();
        assertThat(organiser.mayWriteForOrganisation("NMG-COMMERCE")).isFalse();
        assertThat(organiser.mayWriteForOrganisation(null)).isFalse();
        assertThat(new Actor("m", List.of(Roles.MONITOR), null, "GX-COMMERCE").mayWriteForOrganisation("GX-COMMERCE"))
                .isFalse();
    }

    @Test
    void anAdminWritesEverywhere() {
        Actor admin = new Actor("a", List.of(Roles.ADMIN), null, null);

        assertThat(admin.mayWriteInRegion("620000", REGIONS)).isTrue();
        assertThat(admin.mayWriteForOrganisation("ANYONE")).isTrue();
        assertThat(admin.mayWriteForOrganisation(null)).isTrue();
    }
}
