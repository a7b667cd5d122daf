package cn.yanzhen.notifier.config;

import cn.yanzhen.contracts.reference.RegionDirectory;
import cn.yanzhen.notifier.deliveries.domain.Backoff;
import cn.yanzhen.notifier.subscriptions.domain.SubscriptionRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The rules built on the contract's reference data and on the retry settings. */
@ApplicationScoped
public class NotifierBeans {

    @Produces
    @Singleton
    SubscriptionRules subscriptionRules(RegionDirectory regions) {
        return new SubscriptionRules(regions);
    }

    @Produces
    @Singleton
    Backoff backoff(@ConfigProperty(name = "yanzhen.notifier.retry.first") Duration first,
                    @ConfigProperty(name = "yanzhen.notifier.retry.longest") Duration longest,
                    @ConfigProperty(name = "yanzhen.notifier.retry.max-attempts") int maxAttempts) {
        return new Backoff(first, longest, maxAttempts);
    }
}
