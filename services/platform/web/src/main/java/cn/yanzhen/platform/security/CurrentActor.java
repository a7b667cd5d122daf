package cn.yanzhen.platform.security;

import cn.yanzhen.contracts.access.Claims;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The actor behind the work at hand: the caller of the current request, or the service itself when
 * it acts on events or on its clock.
 */
@ApplicationScoped
public class CurrentActor {

    static final String SERVICE_ROLE = "service";

    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final Actor service;

    CurrentActor(SecurityIdentity identity, ObjectMapper json,
                 @ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this.identity = identity;
        this.json = json;
        this.service = new Actor(serviceName, List.of(SERVICE_ROLE), null, null);
    }

    /** The authenticated caller of the current request, if there is one. */
    public Optional<Actor> caller() {
        if (!Arc.container().requestContext().isActive() || identity.isAnonymous()) {
            return Optional.empty();
        }
        String region = null;
        String org = null;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            region = token.getClaim(Claims.REGION);
            org = token.getClaim(Claims.ORG);
        }
        return Optional.of(new Actor(identity.getPrincipal().getName(), List.copyOf(identity.getRoles()), region,
                org));
    }

    /** The caller, or this service when no one calls. */
    public Actor get() {
        return caller().orElse(service);
    }

    /** The actor as the JSON of the {@code ce_actor} event header. */
    public String asHeader() {
        Actor actor = get();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("subject", actor.subject());
        fields.put("roles", actor.roles());
        if (actor.region() != null) {
            fields.put("region", actor.region());
        }
        if (actor.org() != null) {
            fields.put("org", actor.org());
        }
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("actor cannot be written as JSON", e);
        }
    }
}
