package cn.yanzhen.platform.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition} for a download with a Chinese name (RFC 6266): {@code filename*} in UTF-8 for
 * browsers, which all read it, and an ASCII {@code filename} for the clients that do not.
 */
public final class Attachment {

    private Attachment() {
    }

    /** {@code fileName} must not hold {@code *}, which form encoding leaves as it is and RFC 5987 does not allow. */
    public static String disposition(String fileName, String asciiFallback) {
        return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
