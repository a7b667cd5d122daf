package cn.yanzhen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanzhen.contracts.access.Roles;
import cn.yanzhen.contracts.access.TokenMinter;
import cn.yanzhen.contracts.access.TokenRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnverifiedIssuerTest {

    @Test
    void readsTheIssuerASignedTokenClaims() {
        String token = new TokenMinter(TokenMinter.newKeyPair().getPrivate(), "http://127.0.0.1:8180/realms/yanzhen")
                .mint(TokenRequest.of("monitor", Roles.MONITOR), Instant.now());

        assertThat(UnverifiedIssuer.of(token)).isEqualTo("http://127.0.0.1:8180/realms/yanzhen");
    }

    @Test
    void findsNoIssuerInWhatIsNoSignedToken() {
        assertThat(UnverifiedIssuer.of("not-a-token")).isNull();
        assertThat(UnverifiedIssuer.of("a.b.c")).isNull();
        assertThat(UnverifiedIssuer.of("eyJhbGciOiJub25lIn0.e30.")).isNull();
    }
}
