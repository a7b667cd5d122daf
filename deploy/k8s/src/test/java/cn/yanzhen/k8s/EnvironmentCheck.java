package cn.yanzhen.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's container gets only variables the service reads (ServiceConfiguration), by env or by a
 * ConfigMap's keys through envFrom. The one exception is a variable another of its values refers to as
 * $(NAME): Kubernetes reads that one, to compose the other (the dashboard's group per pod).
 */
final class EnvironmentCheck implements ManifestCheck {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");
    static final String SERVICE_LABEL = "app.kubernetes.io/name";

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (DeploymentContainer each : DeploymentContainer.all(manifests)) {
            String service = each.deployment().getMetadata().getLabels().get(SERVICE_LABEL);
            if (service == null || !ServiceConfiguration.exists(service)) {
                problems.add(each.where() + ": its label " + SERVICE_LABEL + " names no service under services/");
                continue;
            }
            Set<String> read = ServiceConfiguration.of(service).variables();
            Set<String> referenced = referenced(each.container());
            for (String name : variables(each.container(), manifests, each.where(), problems)) {
                if (!read.contains(name) && !referenced.contains(name)) {
                    problems.add(each.where() + ": " + service + " does not read " + name);
                }
            }
        }
        return problems;
    }

    /** The names a container's environment gets, by env and through envFrom ConfigMaps. */
    static Set<String> variables(Container container, Manifests manifests, String where, List<String> problems) {
        Set<String> names = new LinkedHashSet<>();
        container.getEnv().forEach(variable -> names.add(variable.getName()));
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() == null) {
                problems.add(where + ": envFrom other than a ConfigMap cannot be checked");
                continue;
            }
            String name = source.getConfigMapRef().getName();
            manifests.find("ConfigMap", name).ifPresentOrElse(
                    map -> names.addAll(Models.read(map, ConfigMap.class).getData().keySet()),
                    () -> problems.add(where + ": envFrom names ConfigMap " + name + ", which is not among the manifests"));
        }
        return names;
    }

    private static Set<String> referenced(Container container) {
        Set<String> names = new LinkedHashSet<>();
        for (EnvVar variable : container.getEnv()) {
            if (variable.getValue() != null) {
                Matcher matcher = REFERENCE.matcher(variable.getValue());
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
        return names;
    }
}
