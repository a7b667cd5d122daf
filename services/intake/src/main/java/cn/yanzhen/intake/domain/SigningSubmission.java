package cn.yanzhen.intake.domain;

import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.Signing.Promise;
import java.time.LocalDate;

/** A signing as the organiser submits it, before it has an id. Fields the client left out are null. */
public record SigningSubmission(
        String externalRef,
        String projectName,
        Investor investor,
        String destinationRegion,
        String park,
        String industryCode,
        Long investmentYuan,
        LocalDate signedOn,
        Integer expectedJobs,
        Double landHa,
        Double energyGwhPerYear,
        LocalDate plannedCommencement,
        Promise promise) {
}
