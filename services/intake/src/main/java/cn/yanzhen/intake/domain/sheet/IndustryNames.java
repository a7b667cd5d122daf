package cn.yanzhen.intake.domain.sheet;

import cn.yanzhen.contracts.reference.IndustryCatalogue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Industries by GB/T 4754 code or by the name of their division (大类), the names the reference data has:
 * 农业 is 01. A finer name (中类, 小类) is not known here, so such a row needs the code.
 */
public final class IndustryNames {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private final Map<String, String> divisionByName = new HashMap<>();

    public IndustryNames(IndustryCatalogue industries) {
        for (int number = 1; number <= 99; number++) {
            String division = String.format("%02d", number);
            String name = industries.divisionName(division);
            if (!name.equals(division)) {
                divisionByName.put(name, division);
            }
        }
    }

    /** The code itself, or the division a name stands for; empty for an unknown name. */
    public Optional<String> codeOf(String text) {
        String compact = SPACES.matcher(text).replaceAll("");
        if (DIGITS.matcher(compact).matches()) {
            return Optional.of(compact);
        }
        return Optional.ofNullable(divisionByName.get(compact));
    }
}
