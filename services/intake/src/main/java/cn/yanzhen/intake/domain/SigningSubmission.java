package cn.yanzhen.intake.domain;

import cn.yanzhen.contracts.signing.Investor;
import cn.yanzhen.contracts.signing.Signing.Promise;
import java.time.LocalDate;

/**
 * A signing as the organiser submits it, before it has an id. Fields the client left out are null. {@code parkCode}
 * names a registered park, whose name then becomes {@code park} ({@link #withPark}); {@code chainCode} an industrial
 * chain, which intake suggests when the organiser names none ({@link #withChain}).
 */
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
        Promise promise,
        String parkCode,
        String chainCode) {

    /** The same submission with another free-text park: the registered park's name, once its code is checked. */
    public SigningSubmission withPark(String parkName) {
        return new SigningSubmission(externalRef, projectName, investor, destinationRegion, parkName, industryCode,
                investmentYuan, signedOn, expectedJobs, landHa, energyGwhPerYear, plannedCommencement, promise,
                parkCode, chainCode);
    }

    /** The same submission tagged to another industrial chain: the one intake suggests when none was named. */
    public SigningSubmission withChain(String code) {
        return new SigningSubmission(externalRef, projectName, investor, destinationRegion, park, industryCode,
                investmentYuan, signedOn, expectedJobs, landHa, energyGwhPerYear, plannedCommencement, promise,
                parkCode, code);
    }
}
