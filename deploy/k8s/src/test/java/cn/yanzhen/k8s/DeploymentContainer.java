package cn.yanzhen.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.function.Function;

/** A container of a Deployment, read with fabric8's model, and the words that name it in a problem. */
record DeploymentContainer(ObjectNode document, Deployment deployment, Container container) {

    static List<DeploymentContainer> all(Manifests manifests) {
        return of(manifests, PodSpec::getContainers);
    }

    /** The init containers of every Deployment. */
    static List<DeploymentContainer> initContainers(Manifests manifests) {
        return of(manifests, PodSpec::getInitContainers);
    }

    private static List<DeploymentContainer> of(Manifests manifests, Function<PodSpec, List<Container>> containers) {
        return manifests.ofKind("Deployment").flatMap(document -> {
            Deployment deployment = Models.read(document, Deployment.class);
            return containers.apply(deployment.getSpec().getTemplate().getSpec()).stream()
                    .map(container -> new DeploymentContainer(document, deployment, container));
        }).toList();
    }

    String where() {
        return Manifests.describe(document) + " container " + container.getName();
    }
}
