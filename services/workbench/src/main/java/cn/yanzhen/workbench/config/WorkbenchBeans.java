package cn.yanzhen.workbench.config;

import cn.yanzhen.workbench.domain.Upstreams;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The workbench's settings, and the services the pages reach (yanzhen.workbench.services.*). */
@ApplicationScoped
public class WorkbenchBeans {

    /** Everything under yanzhen.workbench (application.properties says what each is for). */
    @ConfigMapping(prefix = "yanzhen.workbench")
    public interface Addresses {
        Map<String, String> services();

        String dashboardUrl();

        Duration upstreamTimeout();

        boolean secureCookie();

        SignIn oidc();

        interface SignIn {
            String clientId();

            Optional<String> secret();
        }
    }

    @Produces
    @Singleton
    Upstreams upstreams(Addresses addresses) {
        return new Upstreams(addresses.services());
    }
}
