package cn.yanzhen.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;

/** A container of a Deployment, read with fabric8's model, and the words that name it in a problem. */
record DeploymentContainer(ObjectNode document, Deployment deployment, Container container) {

    static List<DeploymentContainer> all(Manifests manifests) {
        return manifests.ofKind("Deployment").flatMap(document -> {
            Deployment deployment = Models.read(document, Deployment.class);
            return deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                    .map(container -> new DeploymentContainer(document, deployment, container));
        }).toList();
    }

    /** The init containers of every Deployment. */
    static List<DeploymentContainer> initContainers(Manifests manifests) {
        return manifests.ofKind("Deployment").flatMap(document -> {
            Deployment deployment = Models.read(document, Deployment.class);
            return deployment.getSpec().getTemplate().getSpec().getInitContainers().stream()
                    .map(container -> new DeploymentContainer(document, deployment, container));
        }).toList();
    }

    String where() {
        return Manifests.describe(document) + " container " + container.getName();
    }
}
