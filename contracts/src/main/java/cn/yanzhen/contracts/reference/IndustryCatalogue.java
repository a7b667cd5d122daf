package cn.yanzhen.contracts.reference;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * GB/T 4754-2017 divisions with their factor-intensity class (file {@code contracts/reference/industries.csv}:
 * division,name,section,factorClass). A code of 2 to 4 digits is valid when its division is known and
 * investable: class NONE (sections S and T, public administration) is refused.
 */
public final class IndustryCatalogue {

    private static final String RESOURCE = "contracts/reference/industries.csv";
    private static final Pattern CODE = Pattern.compile("\\d{2,4}");

    private final Map<String, FactorClass> classByDivision;
    private final Map<String, String> nameByDivision;

    private IndustryCatalogue(Map<String, FactorClass> classByDivision, Map<String, String> nameByDivision) {
        this.classByDivision = classByDivision;
        this.nameByDivision = nameByDivision;
    }

    /** The project's own reference file. */
    public static IndustryCatalogue load() {
        var rows = ReferenceCsv.rows(RESOURCE);
        return new IndustryCatalogue(
                rows.stream().collect(Collectors.toUnmodifiableMap(row -> row[0], row -> FactorClass.valueOf(row[3]))),
                rows.stream().collect(Collectors.toUnmodifiableMap(row -> row[0], row -> row[1])));
    }

    /** Why the code is not acceptable, or empty when it is. */
    public Optional<String> problemWith(String code) {
        if (!CODE.matcher(code).matches()) {
            return Optional.of("must be a GB/T 4754 code of 2 to 4 digits");
        }
        FactorClass factorClass = classByDivision.get(code.substring(0, 2));
        if (factorClass == null) {
            return Optional.of("division " + code.substring(0, 2) + " does not exist in GB/T 4754-2017");
        }
        if (factorClass == FactorClass.NONE) {
            return Optional.of("division " + code.substring(0, 2) + " is public administration, not an investable industry");
        }
        return Optional.empty();
    }

    /** The factor class of a valid code's division. */
    public FactorClass factorClass(String code) {
        FactorClass factorClass = classByDivision.get(code.substring(0, Math.min(2, code.length())));
        if (factorClass == null) {
            throw new IllegalArgumentException("unknown GB/T 4754 division in " + code);
        }
        return factorClass;
    }

    /** The Chinese name of a division (two digits), e.g. 农业 for 01; the code itself when unknown. */
    public String divisionName(String division) {
        return nameByDivision.getOrDefault(division, division);
    }

    public int divisions() {
        return classByDivision.size();
    }
}
