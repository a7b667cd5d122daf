package cn.yanzhen.intake.domain;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * GB/T 4754-2017 divisions with their factor-intensity class (file columns:
 * division,name,section,factorClass). A code of 2 to 4 digits is valid when its division is known and
 * investable: class NONE (sections S and T, public administration) is refused.
 */
public final class IndustryCatalogue {

    private static final Pattern CODE = Pattern.compile("\\d{2,4}");
    private static final String NOT_INVESTABLE = "NONE";

    private final Map<String, String> classByDivision;

    private IndustryCatalogue(Map<String, String> classByDivision) {
        this.classByDivision = classByDivision;
    }

    public static IndustryCatalogue fromCsv(InputStream in) {
        return new IndustryCatalogue(ReferenceCsv.rows(in).stream()
                .collect(Collectors.toUnmodifiableMap(row -> row[0], row -> row[3])));
    }

    /** Why the code is not acceptable, or empty when it is. */
    public Optional<String> problemWith(String code) {
        if (!CODE.matcher(code).matches()) {
            return Optional.of("must be a GB/T 4754 code of 2 to 4 digits");
        }
        String factorClass = classByDivision.get(code.substring(0, 2));
        if (factorClass == null) {
            return Optional.of("division " + code.substring(0, 2) + " does not exist in GB/T 4754-2017");
        }
        if (NOT_INVESTABLE.equals(factorClass)) {
            return Optional.of("division " + code.substring(0, 2) + " is public administration, not an investable industry");
        }
        return Optional.empty();
    }

    public int divisions() {
        return classByDivision.size();
    }
}
