package cn.yanzhen.dashboard.api;

import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Disposition} for a download with a Chinese name (RFC 6266): {@code filename*} in UTF-8 for
 * browsers, which all read it, and an ASCII {@code filename} for the clients that do not.
 */
final class Attachment {

    // RFC 5987 attr-char: what may stand unencoded in filename*
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Attachment() {
    }

    static String disposition(String fileName, String asciiFallback) {
        return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + encoded(fileName);
    }

    private static String encoded(String fileName) {
        StringBuilder out = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
