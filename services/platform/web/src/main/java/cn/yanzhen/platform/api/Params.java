package cn.yanzhen.platform.api;

import java.util.UUID;

/** Reading path and query parameters the same way in every resource. */
public final class Params {

    private Params() {
    }

    /** An optional query parameter, trimmed; null when absent or blank. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A UUID in the path; anything else names nothing that exists, so it is a 404 with the given detail. */
    public static UUID uuid(String value, String notFoundDetail) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(notFoundDetail);
        }
    }
}
