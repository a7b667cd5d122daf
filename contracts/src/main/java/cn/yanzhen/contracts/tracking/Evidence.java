package cn.yanzhen.contracts.tracking;

import java.time.LocalDate;

/** A document behind a progress report: what kind it is, its number or file reference, when it was issued. */
public record Evidence(Kind kind, String reference, LocalDate issuedOn) {

    public enum Kind {
        CONSTRUCTION_PERMIT,
        LAND_CERTIFICATE,
        PAYMENT_RECORD,
        PRODUCTION_LICENCE,
        PHOTO,
        OTHER
    }
}
