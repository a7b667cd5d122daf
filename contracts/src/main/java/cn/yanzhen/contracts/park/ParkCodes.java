package cn.yanzhen.contracts.park;

import java.util.regex.Pattern;

/** The shape of a park's code (GX-TSG, QZ-JM-01): 2 to 32 upper-case letters, digits and '-', the first not '-'. */
public final class ParkCodes {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    private ParkCodes() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
