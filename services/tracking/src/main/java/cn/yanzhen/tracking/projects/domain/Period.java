package cn.yanzhen.tracking.projects.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period an OUTCOME report covers (docs/contract.md §4.4.2): a calendar year, written "2025", or one of its
 * quarters, written "2025-Q3". Years follow years and quarters follow quarters: 2024 → 2025, 2025-Q4 → 2026-Q1; a
 * year and a quarter are never consecutive, whatever their dates. {@code quarter} is 0 for a whole year.
 */
public record Period(int year, int quarter) {

    /** Most recent first; a year before its own quarters, since it ends with the last of them. */
    public static final Comparator<Period> MOST_RECENT_FIRST = Comparator.comparing(Period::end).reversed()
            .thenComparing(Period::wholeYear, Comparator.reverseOrder())
            .thenComparing(Period::start, Comparator.reverseOrder());

    private static final Pattern WRITTEN = Pattern.compile("([1-9]\\d{3})(?:-Q([1-4]))?");
    private static final int WHOLE_YEAR = 0;

    public Period {
        if (quarter < WHOLE_YEAR || quarter > 4) {
            throw new IllegalArgumentException("no such period: " + year + " quarter " + quarter);
        }
    }

    /** The period written as "2025" or "2025-Q3"; empty for anything else. */
    public static Optional<Period> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        Matcher matcher = WRITTEN.matcher(written);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        int quarter = matcher.group(2) == null ? WHOLE_YEAR : Integer.parseInt(matcher.group(2));
        return Optional.of(new Period(year, quarter));
    }

    public boolean wholeYear() {
        return quarter == WHOLE_YEAR;
    }

    public LocalDate start() {
        return LocalDate.of(year, wholeYear() ? 1 : 3 * quarter - 2, 1);
    }

    public LocalDate end() {
        LocalDate lastMonth = LocalDate.of(year, wholeYear() ? 12 : 3 * quarter, 1);
        return lastMonth.withDayOfMonth(lastMonth.lengthOfMonth());
    }

    /** The period of the same kind just before this one. */
    public Period previous() {
        if (wholeYear()) {
            return new Period(year - 1, WHOLE_YEAR);
        }
        return quarter == 1 ? new Period(year - 1, 4) : new Period(year, quarter - 1);
    }

    /** The period of the same kind just after this one. */
    public Period next() {
        if (wholeYear()) {
            return new Period(year + 1, WHOLE_YEAR);
        }
        return quarter == 4 ? new Period(year + 1, 1) : new Period(year, quarter + 1);
    }

    @Override
    public String toString() {
        return wholeYear() ? String.format("%04d", year) : String.format("%04d-Q%d", year, quarter);
    }
}
