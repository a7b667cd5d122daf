package cn.yanzhen.intake.domain.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.pipeline.LeadStage;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.intake.domain.pipeline.Conversion.LeadSide;
import cn.yanzhen.intake.domain.pipeline.Conversion.SigningSide;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConversionTest {

    private static final RegionDirectory REGIONS = RegionDirectory.load();
    private static final LocalDate CONTACT = LocalDate.of(2025, 3, 12);
    private static final UUID SIGNING = UUID.randomUUID();

    @Test
    void linksAnOpenLeadToARegisteredSigningInsideItsRegionSignedAfterTheFirstContact() {
        assertThat(Conversion.refusal(lead(LeadStage.INTENT, null, "450000"), signing("450500", CONTACT, false, null),
                REGIONS)).isEmpty();
    }

    @Test
    void refusesEachWayTheTwoDoNotBelongTogether() {
        LeadSide open = lead(LeadStage.NEGOTIATING, null, "450500");
        assertThat(Conversion.refusal(open, signing("522600", CONTACT, false, null), REGIONS)).get().asString()
                .contains("outside the lead's region 450500");
        assertThat(Conversion.refusal(open, signing("450500", CONTACT.minusDays(1), false, null), REGIONS)).get()
                .asString().contains("before the lead's first contact");
        assertThat(Conversion.refusal(open, signing("450500", CONTACT, true, null), REGIONS)).get().asString()
                .contains("withdrawn");
        assertThat(Conversion.refusal(open, signing("450500", CONTACT, false, "BH-7"), REGIONS)).get().asString()
                .contains("already linked to lead BH-7");
        assertThat(Conversion.refusal(lead(LeadStage.DROPPED, null, "450500"), signing("450500", CONTACT, false, null),
                REGIONS)).get().asString().contains("dropped");
    }

    @Test
    void theSameLinkAgainIsAlreadyDoneAndAnotherSigningIsRefused() {
        LeadSide signed = lead(LeadStage.SIGNED, SIGNING, "450500");
        assertThat(Conversion.alreadyDone(signed, signing("450500", CONTACT, false, "L-1"))).isTrue();
        SigningSide other = new SigningSide(UUID.randomUUID(), "450500", CONTACT, false, null);
        assertThat(Conversion.alreadyDone(signed, other)).isFalse();
        assertThat(Conversion.refusal(signed, other, REGIONS)).get().asString().contains("already linked to signing");
    }

    private static LeadSide lead(LeadStage stage, UUID signingId, String region) {
        return new LeadSide("L-1", stage, signingId, region, CONTACT);
    }

    private static SigningSide signing(String region, LocalDate signedOn, boolean withdrawn, String leadId) {
        return new SigningSide(SIGNING, region, signedOn, withdrawn, leadId);
    }
}
