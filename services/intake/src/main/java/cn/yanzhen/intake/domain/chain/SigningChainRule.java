package cn.yanzhen.intake.domain.chain;

import cn.yanzhen.contracts.chain.IndustrialChain;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.intake.domain.SigningSubmission;
import cn.yanzhen.platform.validation.Violations;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The industrial chain a signing belongs to (docs/contract.md §4.1.4). A chain the organiser names must be one of the
 * province the destination lies in and span the signing's industry. When none is named, intake suggests the chain of
 * that province that spans the industry most specifically — the one whose matching code is the longest (a chain of
 * class {@code 3841} before one of division {@code 38}); when two chains match equally, it suggests none rather than
 * pick one at random.
 */
public final class SigningChainRule {

    private final RegionDirectory regions;

    public SigningChainRule(RegionDirectory regions) {
        this.regions = regions;
    }

    /** The province a known region lies in (itself when it is one); empty for an unknown region or the country. */
    public Optional<String> provinceOf(String region) {
        if (region == null || !regions.contains(region)) {
            return Optional.empty();
        }
        return regions.selfAndAncestors(region).stream().filter(r -> r.level() == Region.Level.PROVINCE)
                .map(Region::code).findFirst();
    }

    /**
     * Adds a violation on {@code chainCode} when the named chain is not registered, is another province's, or does not
     * span the industry. {@code chains} holds the registered chains among those named, by code. A destination or
     * industry that is itself invalid (already named by {@code SigningRules}) is not held against the chain.
     */
    public void check(SigningSubmission signing, Map<String, IndustrialChain> chains, Violations violations) {
        String code = signing.chainCode();
        if (code == null || violations.has("chainCode")) {
            return;
        }
        IndustrialChain chain = chains.get(code);
        if (chain == null) {
            violations.add("chainCode", "没有代码为 " + code + " 的产业链 / no industrial chain has code " + code);
            return;
        }
        String destination = signing.destinationRegion();
        if (!violations.has("destinationRegion") && destination != null && regions.contains(destination)
                && !regions.isWithin(destination, chain.province())) {
            violations.add("chainCode", "产业链 " + code + " 属于 " + chain.province() + "，不含项目落地地 " + destination
                    + " / chain " + code + " is province " + chain.province() + "'s, which does not contain "
                    + "destinationRegion " + destination);
            return;
        }
        String industry = signing.industryCode();
        if (!violations.has("industryCode") && industry != null && !chain.spans(industry)) {
            violations.add("chainCode", "产业链 " + code + " 不涵盖行业 " + industry + "（涵盖 " + chain.industries()
                    + "） / chain " + code + " does not span industryCode " + industry + " (it spans "
                    + chain.industries() + ")");
        }
    }

    /**
     * The submission with its chain: unchanged when it names one, else tagged to the suggestion among {@code chains}
     * (null when there is none). Run on a submission {@link #check} found valid.
     */
    public SigningSubmission tagged(SigningSubmission signing, Collection<IndustrialChain> chains) {
        if (signing.chainCode() != null) {
            return signing;
        }
        return signing.withChain(suggestion(signing.destinationRegion(), signing.industryCode(), chains)
                .map(IndustrialChain::code).orElse(null));
    }

    /** The one chain to tag a project with: the most specific of its {@link #candidates}, none on a tie. */
    public Optional<IndustrialChain> suggestion(String region, String industryCode,
                                                Collection<IndustrialChain> chains) {
        List<IndustrialChain> ranked = candidates(region, industryCode, chains);
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        int best = specificity(ranked.get(0), industryCode);
        boolean tied = ranked.size() > 1 && specificity(ranked.get(1), industryCode) == best;
        return tied ? Optional.empty() : Optional.of(ranked.get(0));
    }

    /** The chains of the region's province that span the industry, the most specific first, then by code. */
    public List<IndustrialChain> candidates(String region, String industryCode, Collection<IndustrialChain> chains) {
        Optional<String> province = provinceOf(region);
        if (province.isEmpty() || industryCode == null) {
            return List.of();
        }
        return chains.stream().filter(chain -> chain.province().equals(province.get()) && chain.spans(industryCode))
                .sorted(Comparator.comparingInt((IndustrialChain chain) -> -specificity(chain, industryCode))
                        .thenComparing(IndustrialChain::code))
                .toList();
    }

    /** The length of the chain's longest code that the industry's code starts with. */
    private static int specificity(IndustrialChain chain, String industryCode) {
        return chain.industries().stream().filter(industryCode::startsWith).mapToInt(String::length).max().orElse(0);
    }
}
