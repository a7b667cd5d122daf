package cn.yanzhen.intake.domain.pipeline;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A scope of the pipeline figures: {@code all}, {@code region:CODE} (leads whose destination lies inside it: every
 * code of {@code regions}), {@code industry:DD} (leads of a GB/T 4754 division) or {@code chain:CODE} (leads tagged to
 * an industrial chain, §4.1.4), named as tracking names its scopes (§4.5). Null parts mean any.
 */
public record PipelineScope(String name, List<String> regions, String division, String chain) {

    private static final Pattern DIVISION = Pattern.compile("[0-9]{2}");
    private static final Pattern CHAIN = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    public static final PipelineScope ALL = new PipelineScope("all", null, null, null);

    /** The scope a name gives, or empty when the name is none (an unknown region or division included). */
    public static Optional<PipelineScope> parse(String name, RegionDirectory regions, IndustryCatalogue industries) {
        if (name == null || name.isBlank() || name.equals("all")) {
            return Optional.of(ALL);
        }
        String region = name.startsWith("region:") ? name.substring(7) : "";
        if (regions.contains(region)) {
            return Optional.of(new PipelineScope(name, regions.all().stream().map(Region::code)
                    .filter(code -> regions.isWithin(code, region)).toList(), null, null));
        }
        String division = name.startsWith("industry:") ? name.substring(9) : "";
        if (DIVISION.matcher(division).matches() && industries.problemWith(division).isEmpty()) {
            return Optional.of(new PipelineScope(name, null, division, null));
        }
        String chain = name.startsWith("chain:") ? name.substring(6) : "";
        if (CHAIN.matcher(chain).matches()) {
            return Optional.of(new PipelineScope(name, null, null, chain));
        }
        return Optional.empty();
    }
}
