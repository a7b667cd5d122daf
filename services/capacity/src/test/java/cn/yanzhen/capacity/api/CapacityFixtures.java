package cn.yanzhen.capacity.api;

import cn.yanzhen.contracts.matching.SigningMatched;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Profiles and match results to start from. */
final class CapacityFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private CapacityFixtures() {
    }

    static ObjectNode profile(double landHa, long labour, double energy) {
        ObjectNode profile = JSON.createObjectNode()
                .put("gradientTier", 3)
                .put("landAvailableHa", landHa)
                .put("labourAvailable", labour)
                .put("energyAvailableGwhPerYear", energy)
                .put("greenPowerShare", 0.6)
                .put("infrastructureScore", 70);
        profile.putArray("industrialBase").add("32").add("38");
        profile.putArray("prioritisedIndustries").add("3825").add("3841");
        profile.putArray("restrictedIndustries").add("30");
        return profile;
    }

    static SigningMatched match(UUID signingId, String destination, SigningMatched.Verdict verdict, double landHa,
                                long jobs, double energy) {
        return new SigningMatched(signingId, "2025-GX", destination, "3825", "TECHNOLOGY", 70, verdict, List.of(),
                List.of(), new SigningMatched.CapacityRequest(landHa, energy, jobs), Instant.now());
    }
}
