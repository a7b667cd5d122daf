package cn.yanzhen.intake.domain;

import cn.yanzhen.contracts.park.ParkCodes;
import cn.yanzhen.contracts.reference.IndustryCatalogue;
import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.intake.domain.chain.ChainRules;
import cn.yanzhen.platform.validation.TextRules;
import cn.yanzhen.platform.validation.Violations;
import java.time.LocalDate;

/**
 * What makes a signing acceptable (docs/contract.md §4.1): required fields, known region and industry codes,
 * a valid credit code, positive amounts within sane bounds, and dates that fit the event and today.
 */
public final class SigningRules {

    static final long MAX_INVESTMENT_YUAN = 10_000_000_000_000L;
    static final int MAX_JOBS = 10_000_000;
    static final double MAX_LAND_HA = 1_000_000;
    static final double MAX_ENERGY_GWH = 10_000_000;
    static final int DAYS_BEFORE_EVENT = 365;

    private final ReferenceChecks codes;

    public SigningRules(RegionDirectory regions, IndustryCatalogue industries) {
        this.codes = new ReferenceChecks(regions, industries);
    }

    /** Adds a violation for every rule the signing breaks, for an event starting on {@code eventStart}. */
    public void check(SigningSubmission signing, LocalDate eventStart, LocalDate today, Violations violations) {
        TextRules.required(violations, "externalRef", signing.externalRef(), 64);
        TextRules.required(violations, "projectName", signing.projectName(), 200);
        checkInvestor(signing.investor(), violations);
        codes.region(violations, "destinationRegion", signing.destinationRegion());
        TextRules.optional(violations, "park", signing.park(), 100);
        if (signing.parkCode() != null && !ParkCodes.isWellFormed(signing.parkCode())) {
            violations.add("parkCode", "不是园区代码（2–32 位大写字母、数字或 '-'） / is not a park code (2 to 32 "
                    + "upper-case letters, digits and '-')");
        }
        if (signing.chainCode() != null && !ChainRules.isWellFormed(signing.chainCode())) {
            violations.add("chainCode", "不是产业链代码（2–32 位大写字母、数字或 '-'） / is not a chain code (2 to 32 "
                    + "upper-case letters, digits and '-')");
        }
        codes.industry(violations, "industryCode", signing.industryCode());
        checkAmounts(signing, violations);
        checkDates(signing, eventStart, today, violations);
        PromiseRules.check(signing.promise(), signing.signedOn(), violations);
    }

    private void checkInvestor(Investor investor, Violations violations) {
        Investor given = investor == null ? new Investor(null, null, null) : investor;
        TextRules.required(violations, "investor.name", given.name(), 200);
        TextRules.required(violations, "investor.creditCode", given.creditCode(), 18);
        if (!violations.has("investor.creditCode")) {
            CreditCode.problemWith(given.creditCode())
                    .ifPresent(problem -> violations.add("investor.creditCode", problem));
        }
        codes.region(violations, "investor.originRegion", given.originRegion());
    }

    private static void checkAmounts(SigningSubmission signing, Violations violations) {
        if (signing.investmentYuan() == null) {
            requireField(violations, "investmentYuan");
        } else if (signing.investmentYuan() <= 0) {
            violations.add("investmentYuan", "须大于 0 / must be greater than 0");
        } else if (signing.investmentYuan() > MAX_INVESTMENT_YUAN) {
            violations.add("investmentYuan", "不能超过 " + MAX_INVESTMENT_YUAN + " 元 / must be at most "
                    + MAX_INVESTMENT_YUAN + " yuan");
        }
        bounded(violations, "expectedJobs", signing.expectedJobs(), MAX_JOBS);
        bounded(violations, "landHa", signing.landHa(), MAX_LAND_HA);
        bounded(violations, "energyGwhPerYear", signing.energyGwhPerYear(), MAX_ENERGY_GWH);
    }

    private static void checkDates(SigningSubmission signing, LocalDate eventStart, LocalDate today,
                                   Violations violations) {
        LocalDate signedOn = signing.signedOn();
        if (signedOn == null) {
            requireField(violations, "signedOn");
        } else if (signedOn.isAfter(today)) {
            violations.add("signedOn", "不能晚于今天（" + today + "） / must not be after today (" + today + ")");
        } else if (signedOn.isBefore(eventStart.minusDays(DAYS_BEFORE_EVENT))) {
            violations.add("signedOn", "不能早于活动开始（" + eventStart + "）" + DAYS_BEFORE_EVENT + " 天以上 / must not be "
                    + "more than " + DAYS_BEFORE_EVENT + " days before the event starts (" + eventStart + ")");
        }
        LocalDate planned = signing.plannedCommencement();
        if (planned != null && signedOn != null && planned.isBefore(signedOn)) {
            violations.add("plannedCommencement", "不能早于签约日期 / must not be before signedOn");
        }
    }

    private static void requireField(Violations violations, String field) {
        if (!violations.has(field)) {
            violations.add(field, "必填 / is required");
        }
    }

    private static void bounded(Violations violations, String field, Number value, double max) {
        if (value == null) {
            return;
        }
        if (value.doubleValue() < 0) {
            violations.add(field, "不能为负数 / must not be negative");
        } else if (value.doubleValue() > max) {
            violations.add(field, "不能超过 " + (long) max + " / must be at most " + (long) max);
        }
    }
}
