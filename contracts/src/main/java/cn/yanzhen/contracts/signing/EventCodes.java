package cn.yanzhen.contracts.signing;

import java.util.regex.Pattern;

/** The shape of an event's code (2025-GX): intake gives events such codes, others refer to them. */
public final class EventCodes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");

    private EventCodes() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
