package cn.yanzhen.intake.domain.pipeline;

import cn.yanzhen.contracts.pipeline.LeadStage;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Linking a lead to the signing it became (docs/contract.md §4.1.3): the signing is still registered, lies in the
 * lead's region, was signed no earlier than the first contact, and is no other lead's; the lead is neither dropped
 * nor linked to another signing.
 */
public final class Conversion {

    /** What the link needs to know of the lead. */
    public record LeadSide(String leadId, LeadStage stage, UUID signingId, String destinationRegion,
                           LocalDate firstContactOn) {
    }

    /** What the link needs to know of the signing: {@code leadId} is the lead it is already linked to, if any. */
    public record SigningSide(UUID id, String destinationRegion, LocalDate signedOn, boolean withdrawn, String leadId) {
    }

    private Conversion() {
    }

    /** Whether the lead is already linked to exactly this signing: the same request again. */
    public static boolean alreadyDone(LeadSide lead, SigningSide signing) {
        return lead.stage() == LeadStage.SIGNED && signing.id().equals(lead.signingId());
    }

    /** Why the two cannot be linked; empty when they can. */
    public static Optional<String> refusal(LeadSide lead, SigningSide signing, RegionDirectory regions) {
        if (lead.stage() == LeadStage.SIGNED) {
            return Optional.of("Lead " + lead.leadId() + " is already linked to signing " + lead.signingId() + ".");
        }
        if (lead.stage() == LeadStage.DROPPED) {
            return Optional.of("Lead " + lead.leadId() + " was dropped, which is final.");
        }
        if (signing.withdrawn()) {
            return Optional.of("Signing " + signing.id() + " was withdrawn; a lead converts into a registered signing.");
        }
        if (signing.leadId() != null) {
            return Optional.of("Signing " + signing.id() + " is already linked to lead " + signing.leadId() + ".");
        }
        if (!regions.isWithin(signing.destinationRegion(), lead.destinationRegion())) {
            return Optional.of("Signing " + signing.id() + " goes to region " + signing.destinationRegion()
                    + ", outside the lead's region " + lead.destinationRegion() + ".");
        }
        if (signing.signedOn().isBefore(lead.firstContactOn())) {
            return Optional.of("Signing " + signing.id() + " was signed on " + signing.signedOn()
                    + ", before the lead's first contact (" + lead.firstContactOn() + ").");
        }
        return Optional.empty();
    }
}
