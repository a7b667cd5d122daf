package cn.yanzhen.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.List;
import java.util.Optional;

/** Where a container's variable comes from: a literal value, or a secret's key. */
final class ContainerEnvironment {

    private ContainerEnvironment() {
    }

    static Optional<EnvVar> variable(Container container, String name) {
        return container.getEnv().stream().filter(env -> name.equals(env.getName())).findFirst();
    }

    static Optional<String> value(Container container, String name) {
        return variable(container, name).map(EnvVar::getValue);
    }

    /** Adds a problem unless the variable is the given key of the given secret. */
    static void requireSecret(Container container, String where, String name, String secret, String key, List<String> problems) {
        boolean fromSecret = variable(container, name)
                .map(env -> env.getValueFrom() == null ? null : env.getValueFrom().getSecretKeyRef())
                .filter(ref -> secret.equals(ref.getName()) && key.equals(ref.getKey()))
                .isPresent();
        if (!fromSecret) {
            problems.add(where + ": " + name + " must come from secret " + secret + " key " + key);
        }
    }
}
