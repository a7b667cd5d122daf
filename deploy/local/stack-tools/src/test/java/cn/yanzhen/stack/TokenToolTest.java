package cn.yanzhen.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yanzhen.contracts.access.TokenRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenToolTest {

    @TempDir
    Path dir;

    @Test
    void makesTheKeyPairOnceAndKeepsThePrivateKeyPrivate() throws Exception {
        assertThat(TokenTool.ensureKeys(dir)).isTrue();
        String publicKey = Files.readString(dir.resolve("public.pem"));

        assertThat(TokenTool.ensureKeys(dir)).isFalse();
        assertThat(Files.readString(dir.resolve("public.pem"))).isEqualTo(publicKey);
        assertThat(Files.getPosixFilePermissions(dir.resolve("private.pem")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void mintsATokenWithTheAskedClaims() throws Exception {
        String token = TokenTool.run(List.of("mint", dir.toString(), "--role", "regional-office", "--region", "450500",
                "--ttl", "2h"));

        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims).contains("\"groups\":[\"regional-office\"]", "\"region\":\"450500\"",
                "\"sub\":\"regional-office-450500\"", "\"iss\":\"" + TokenTool.DEFAULT_ISSUER + "\"");
    }

    @Test
    void readsEveryOption() {
        TokenRequest request = TokenTool.request(new ArrayDeque<>(List.of("--role", "organiser", "--org", "GX-COMMERCE",
                "--ttl", "30m", "--subject", "li.wei")));

        assertThat(request).isEqualTo(new TokenRequest("li.wei", List.of("organiser"), null, "GX-COMMERCE",
                Duration.ofMinutes(30)));
    }

    @Test
    void refusesWhatWouldMakeAUselessToken() {
        assertThatThrownBy(() -> TokenTool.request(options("--role", "boss")))
                .hasMessageContaining("organiser, regional-office, verifier, monitor, admin");
        assertThatThrownBy(() -> TokenTool.request(options("--role", "regional-office")))
                .hasMessageContaining("--region");
        assertThatThrownBy(() -> TokenTool.request(options("--role", "regional-office", "--region", "999999")))
                .hasMessageContaining("999999");
        assertThatThrownBy(() -> TokenTool.request(options("--role", "organiser"))).hasMessageContaining("--org");
        assertThatThrownBy(() -> TokenTool.request(options("--role", "admin", "--ttl", "8 hours")))
                .hasMessageContaining("--ttl");
        assertThatThrownBy(() -> TokenTool.request(options("--role"))).hasMessageContaining("needs a value");
    }

    @Test
    void noTokenOutlivesTheAgeTheServicesAccept() {
        assertThat(TokenTool.request(options("--role", "admin", "--ttl", "1d")).ttl()).isEqualTo(TokenRequest.MAX_AGE);
        assertThatThrownBy(() -> TokenTool.request(options("--role", "admin", "--ttl", "25h")))
                .hasMessage("--ttl 25h is longer than 24h: the services refuse a token issued longer ago than that");
        assertThatThrownBy(() -> TokenTool.request(options("--role", "admin", "--ttl", "7d"))).hasMessageContaining("24h");
        assertThatThrownBy(() -> TokenTool.request(options("--role", "admin", "--ttl", "99999999999999999999h")))
                .hasMessageContaining("--ttl must look like");
    }

    private static ArrayDeque<String> options(String... values) {
        return new ArrayDeque<>(List.of(values));
    }
}
