package cn.yanzhen.tracking.rounds.domain.sheet;

import cn.yanzhen.contracts.tracking.Evidence;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** The kinds of evidence by the Chinese names offices write (the API's names are read too). */
public final class EvidenceKinds {

    private static final Map<Evidence.Kind, String> NAMES = Map.of(
            Evidence.Kind.CONSTRUCTION_PERMIT, "施工许可证",
            Evidence.Kind.LAND_CERTIFICATE, "土地证",
            Evidence.Kind.PAYMENT_RECORD, "付款凭证",
            Evidence.Kind.PRODUCTION_LICENCE, "生产许可证",
            Evidence.Kind.PHOTO, "照片",
            Evidence.Kind.OTHER, "其他");

    private EvidenceKinds() {
    }

    public static Optional<Evidence.Kind> of(String written) {
        return Arrays.stream(Evidence.Kind.values())
                .filter(kind -> NAMES.get(kind).equals(written) || kind.name().equals(written)).findFirst();
    }

    /** The names in the API's order, for the sheet's note and the message naming them. */
    public static String names() {
        return String.join("、", Arrays.stream(Evidence.Kind.values()).map(NAMES::get).toList());
    }
}
