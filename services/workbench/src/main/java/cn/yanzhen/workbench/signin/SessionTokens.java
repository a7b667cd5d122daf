package cn.yanzhen.workbench.signin;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.sql.DataSource;

/**
 * Keeps a signed-in person's tokens in the workbench's database, under a random id that is all their session
 * cookie holds: the browser never holds a token (not even encrypted), and any replica serves the session.
 */
@ApplicationScoped
// in place of quarkus-oidc's own, which would put the tokens (encrypted) into the browser's cookie
@Alternative
@Priority(1)
public class SessionTokens implements TokenStateManager {

    /** The realm's idle timeout (ssoSessionIdleTimeout): past it the provider ends the session anyway. */
    static final Duration IDLE = Duration.ofMinutes(30);
    /** The realm's longest session (ssoSessionMaxLifespan): a row older than this is no one's any more. */
    static final Duration LONGEST = Duration.ofHours(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource database;
    private final Clock clock;

    SessionTokens(DataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Uni<String> createTokenState(RoutingContext routing, OidcTenantConfig tenant, AuthorizationCodeTokens tokens,
                                        OidcRequestContext<String> request) {
        return request.runBlocking(() -> store(tokens));
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext routing, OidcTenantConfig tenant, String id,
                                                  OidcRequestContext<AuthorizationCodeTokens> request) {
        return request.runBlocking(() -> find(id));
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext routing, OidcTenantConfig tenant, String id,
                                  OidcRequestContext<Void> request) {
        return request.runBlocking(() -> {
            update("DELETE FROM workbench_session WHERE id = ?", id);
            return null;
        });
    }

    @Scheduled(every = "10m", delayed = "1m")
    void forgetExpired() {
        try (Connection connection = database.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM workbench_session WHERE expires_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(clock.instant()));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("forgetting expired sessions", e);
        }
    }

    private String store(AuthorizationCodeTokens tokens) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO workbench_session"
                     + " (id, id_token, access_token, refresh_token, expires_in, scope, expires_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, tokens.getIdToken());
            insert.setString(3, tokens.getAccessToken());
            insert.setString(4, tokens.getRefreshToken());
            if (tokens.getAccessTokenExpiresIn() == null) {
                insert.setNull(5, Types.BIGINT);
            } else {
                insert.setLong(5, tokens.getAccessTokenExpiresIn());
            }
            insert.setString(6, tokens.getAccessTokenScope());
            insert.setTimestamp(7, Timestamp.from(clock.instant().plus(LONGEST)));
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("storing a session", e);
        }
    }

    private AuthorizationCodeTokens find(String id) {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id_token, access_token, refresh_token,"
                     + " expires_in, scope FROM workbench_session WHERE id = ? AND expires_at >= ?")) {
            select.setString(1, id);
            select.setTimestamp(2, Timestamp.from(clock.instant()));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    // signed out elsewhere, or expired: quarkus-oidc answers it by signing in again
                    throw new AuthenticationFailedException("no such session");
                }
                long expiresIn = row.getLong(4);
                return new AuthorizationCodeTokens(row.getString(1), row.getString(2), row.getString(3),
                        row.wasNull() ? null : expiresIn, row.getString(5));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading a session", e);
        }
    }

    private void update(String sql, String id) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("changing a session", e);
        }
    }
}
