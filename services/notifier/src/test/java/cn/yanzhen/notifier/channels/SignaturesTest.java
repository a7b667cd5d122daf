package cn.yanzhen.notifier.channels;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.notifier.channels.application.Signatures;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    @Test
    void dingTalksSignIsTheUrlEncodedBase64HmacOfTimestampNewlineSecret() throws Exception {
        String secret = "SECabc";
        long timestamp = 1_700_000_000_000L;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(
                mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));

        String sign = Signatures.dingTalk(secret, timestamp);
        assertThat(URLDecoder.decode(sign, StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(sign).doesNotContain("+", "/", "=");
    }

    @Test
    void aWebhookSignatureChangesWithTheBody() {
        assertThat(Signatures.webhook("k", 1L, "{}")).startsWith("sha256=").hasSize(71)
                .isNotEqualTo(Signatures.webhook("k", 1L, "{ }"));
    }
}
