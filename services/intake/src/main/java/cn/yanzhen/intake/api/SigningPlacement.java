package cn.yanzhen.intake.api;

import cn.yanzhen.contracts.chain.IndustrialChain;
import cn.yanzhen.contracts.park.Park;
import cn.yanzhen.contracts.park.ParkCodes;
import cn.yanzhen.intake.domain.SigningSubmission;
import cn.yanzhen.intake.domain.chain.ChainRules;
import cn.yanzhen.intake.domain.chain.SigningChainRule;
import cn.yanzhen.intake.domain.park.SigningParkRule;
import cn.yanzhen.intake.persistence.chain.ChainStore;
import cn.yanzhen.intake.persistence.park.ParkStore;
import cn.yanzhen.platform.validation.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Where signings land in intake's registries: the park each names (§4.1.5) and the industrial chain each names or is
 * tagged to (§4.1.4). The registries are read once for a whole batch.
 */
@ApplicationScoped
class SigningPlacement {

    private final ParkStore parks;
    private final ChainStore chains;
    private final SigningParkRule parkRule;
    private final SigningChainRule chainRule;

    SigningPlacement(ParkStore parks, ChainStore chains, SigningParkRule parkRule, SigningChainRule chainRule) {
        this.parks = parks;
        this.chains = chains;
        this.parkRule = parkRule;
        this.chainRule = chainRule;
    }

    /** The registered parks the signings name, and the chains they name or may be tagged to, by code. */
    record Registered(Map<String, Park> parks, Map<String, IndustrialChain> chains) {
    }

    Registered lookUp(Collection<SigningSubmission> signings) {
        Set<String> parkCodes = codes(signings, SigningSubmission::parkCode, ParkCodes::isWellFormed);
        Set<String> chainCodes = codes(signings, SigningSubmission::chainCode, ChainRules::isWellFormed);
        Set<String> provinces = signings.stream().map(SigningSubmission::destinationRegion)
                .map(chainRule::provinceOf).flatMap(Optional::stream).collect(Collectors.toSet());
        return new Registered(parks.findByCodes(parkCodes), chains.namedOrOf(chainCodes, provinces));
    }

    /** The submission with its park's name, after adding a violation for each park or chain it names wrongly. */
    SigningSubmission checked(SigningSubmission signing, Registered registered, Violations violations) {
        chainRule.check(signing, registered.chains(), violations);
        return parkRule.place(signing, registered.parks(), violations);
    }

    /** Valid submissions as stored: each that names no chain tagged to the one suggested for it, if any. */
    List<SigningSubmission> tagged(List<SigningSubmission> signings, Registered registered) {
        return signings.stream().map(signing -> chainRule.tagged(signing, registered.chains().values())).toList();
    }

    /**
     * The codes worth looking up: only well-formed ones, which the rules have refused otherwise, since a code with a
     * NUL character in it would fail the query itself (PostgreSQL refuses it in text) instead of being refused.
     */
    private static Set<String> codes(Collection<SigningSubmission> signings, Function<SigningSubmission, String> code,
                                     Predicate<String> wellFormed) {
        return signings.stream().map(code).filter(wellFormed).collect(Collectors.toSet());
    }
}
