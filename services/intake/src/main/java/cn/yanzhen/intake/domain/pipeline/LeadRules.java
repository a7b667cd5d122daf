package cn.yanzhen.intake.domain.pipeline;

import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.intake.domain.CreditCode;
import cn.yanzhen.intake.domain.ReferenceChecks;
import cn.yanzhen.platform.validation.TextRules;
import cn.yanzhen.platform.validation.Violations;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** What a new lead, a contact and a stage move must carry (docs/contract.md §4.1.3), judged without the stored lead. */
public final class LeadRules {

    public static final int MAX_NOTE = 500;
    /** Bounds the lead's event, which carries every contact (docs/contract.md §6.1: no event grows with the data). */
    public static final int MAX_CONTACTS = 100;
    static final long MAX_INVESTMENT_YUAN = 10_000_000_000_000L;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final ReferenceChecks codes;

    public LeadRules(ReferenceChecks codes) {
        this.codes = codes;
    }

    public void check(NewLead lead, LocalDate today, Violations violations) {
        TextRules.required(violations, "leadId", lead.leadId(), 64);
        if (!violations.has("leadId") && !ID.matcher(lead.leadId()).matches()) {
            violations.add("leadId", "须为 1 至 64 个字母、数字、'-' 或 '_' / must be 1 to 64 letters, digits, '-' or '_', "
                    + "starting with a letter or digit");
        }
        checkFirm(lead.firm() == null ? new Investor(null, null, null) : lead.firm(), violations);
        TextRules.required(violations, "projectName", lead.projectName(), 200);
        codes.region(violations, "destinationRegion", lead.destinationRegion());
        codes.industry(violations, "industryCode", lead.industryCode());
        checkAmount(lead.expectedInvestmentYuan(), violations);
        TextRules.required(violations, "officer", lead.officer(), 100);
        day(violations, "firstContactOn", lead.firstContactOn(), today);
    }

    public static void check(NewContact contact, LocalDate firstContactOn, LocalDate today, Violations violations) {
        TextRules.optional(violations, "note", contact.note(), MAX_NOTE);
        day(violations, "on", contact.on(), today);
        if (!violations.has("on") && contact.on().isBefore(firstContactOn)) {
            violations.add("on", "不能早于首次接触（" + firstContactOn + "） / must not be before the first contact ("
                    + firstContactOn + ")");
        }
    }

    private void checkFirm(Investor firm, Violations violations) {
        TextRules.required(violations, "firm.name", firm.name(), 200);
        if (firm.creditCode() != null) {
            CreditCode.problemWith(firm.creditCode()).ifPresent(problem -> violations.add("firm.creditCode", problem));
        }
        codes.region(violations, "firm.originRegion", firm.originRegion());
    }

    private static void checkAmount(Long yuan, Violations violations) {
        if (violations.has("expectedInvestmentYuan")) {
            return;
        }
        if (yuan == null) {
            violations.add("expectedInvestmentYuan", "必填 / is required");
        } else if (yuan <= 0 || yuan > MAX_INVESTMENT_YUAN) {
            violations.add("expectedInvestmentYuan", "须大于 0 且不超过 " + MAX_INVESTMENT_YUAN + " 元 / must be greater "
                    + "than 0 and at most " + MAX_INVESTMENT_YUAN + " yuan");
        }
    }

    static void day(Violations violations, String field, LocalDate day, LocalDate today) {
        if (violations.has(field)) {
            return;
        }
        if (day == null) {
            violations.add(field, "必填 / is required");
        } else if (day.isAfter(today)) {
            violations.add(field, "不能晚于今天（" + today + "） / must not be after today (" + today + ")");
        }
    }
}
