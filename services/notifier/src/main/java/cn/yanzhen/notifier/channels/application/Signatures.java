package cn.yanzhen.notifier.channels.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 signatures of the signed channels. */
public final class Signatures {

    private static final String HMAC = "HmacSHA256";

    private Signatures() {
    }

    /**
     * DingTalk's "加签": Base64 of HMAC-SHA256 over {@code timestamp + "\n" + secret} keyed with the secret,
     * URL-encoded for the {@code sign} query parameter.
     */
    public static String dingTalk(String secret, long timestampMillis) {
        byte[] mac = hmac(secret, timestampMillis + "\n" + secret);
        return URLEncoder.encode(Base64.getEncoder().encodeToString(mac), StandardCharsets.UTF_8);
    }

    /** A generic webhook's {@code X-Yanzhen-Signature}: {@code sha256=} and the hex HMAC of {@code timestamp.body}. */
    public static String webhook(String secret, long timestampMillis, String body) {
        return "sha256=" + HexFormat.of().formatHex(hmac(secret, timestampMillis + "." + body));
    }

    private static byte[] hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
