package cn.yanzhen.intake.domain.pipeline;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.Region;
import cn.yanzhen.contracts.reference.RegionDirectory;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A scope of the pipeline figures: {@code all}, {@code region:CODE} (leads whose destination lies inside it: every
 * code of {@code regions}) or {@code industry:DD} (leads of a GB/T 4754 division), named as tracking names its
 * scopes (§4.5). Null {@code regions} or {@code division} means any.
 */
public record PipelineScope(String name, List<String> regions, String division) {

    private static final Pattern DIVISION = Pattern.compile("[0-9]{2}");

    public static final PipelineScope ALL = new PipelineScope("all", null, null);

    /** The scope a name gives, or empty when the name is none (an unknown region or division included). */
    public static Optional<PipelineScope> parse(String name, RegionDirectory regions, IndustryCatalogue industries) {
        if (name == null || name.isBlank() || name.equals("all")) {
            return Optional.of(ALL);
        }
        String region = name.startsWith("region:") ? name.substring(7) : "";
        if (regions.contains(region)) {
            return Optional.of(new PipelineScope(name, regions.all().stream().map(Region::code)
                    .filter(code -> regions.isWithin(code, region)).toList(), null));
        }
        String division = name.startsWith("industry:") ? name.substring(9) : "";
        if (DIVISION.matcher(division).matches() && industries.problemWith(division).isEmpty()) {
            return Optional.of(new PipelineScope(name, null, division));
        }
        return Optional.empty();
    }
}
