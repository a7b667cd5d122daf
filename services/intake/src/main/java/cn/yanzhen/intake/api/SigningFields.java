package cn.yanzhen.intake.api;

import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.Signing.Promise;
import cn.yanzhen.intake.domain.SigningSubmission;
import cn.yanzhen.platform.api.FieldReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The fields of a submitted signing, as JSON properties and as CSV column names. */
final class SigningFields {

    static final List<String> NAMES = List.of("externalRef", "projectName", "investor.name",
            "investor.creditCode", "investor.originRegion", "destinationRegion", "park", "industryCode",
            "investmentYuan", "signedOn", "expectedJobs", "landHa", "energyGwhPerYear", "plannedCommencement",
            "promise.designCapacity", "promise.capacityUnit", "promise.annualOutputYuan", "promise.annualTaxYuan",
            "promise.fullProductionBy", "parkCode", "chainCode");
    static final Set<String> KNOWN = new LinkedHashSet<>(NAMES);

    private SigningFields() {
    }

    static SigningSubmission read(FieldReader fields) {
        String investorName = fields.text("investor.name");
        String creditCode = fields.text("investor.creditCode");
        String originRegion = fields.text("investor.originRegion");
        Investor investor = investorName == null && creditCode == null && originRegion == null
                ? null : new Investor(investorName, creditCode, originRegion);
        return new SigningSubmission(
                fields.text("externalRef"),
                fields.text("projectName"),
                investor,
                fields.text("destinationRegion"),
                fields.text("park"),
                fields.text("industryCode"),
                fields.wholeNumber("investmentYuan"),
                fields.date("signedOn"),
                fields.integer("expectedJobs"),
                fields.number("landHa"),
                fields.number("energyGwhPerYear"),
                fields.date("plannedCommencement"),
                promise(fields),
                fields.text("parkCode"),
                fields.text("chainCode"));
    }

    private static Promise promise(FieldReader fields) {
        Promise promise = new Promise(fields.number("promise.designCapacity"), fields.text("promise.capacityUnit"),
                fields.wholeNumber("promise.annualOutputYuan"), fields.wholeNumber("promise.annualTaxYuan"),
                fields.date("promise.fullProductionBy"));
        return promise.equals(Promise.NONE) ? null : promise;
    }
}
