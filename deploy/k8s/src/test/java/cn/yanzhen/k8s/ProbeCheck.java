package cn.yanzhen.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.ArrayList;
import java.util.List;

/** Every container is probed on Quarkus' health endpoints, at its management port (the API port does not serve them). */
final class ProbeCheck implements ManifestCheck {

    static final String READY = "/q/health/ready";
    static final String LIVE = "/q/health/live";

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (DeploymentContainer each : DeploymentContainer.all(manifests)) {
            Container container = each.container();
            check(container.getReadinessProbe(), "readinessProbe", READY, container, each.where(), problems);
            check(container.getLivenessProbe(), "livenessProbe", LIVE, container, each.where(), problems);
        }
        return problems;
    }

    private static void check(Probe probe, String kind, String path, Container container, String where, List<String> problems) {
        if (probe == null) {
            problems.add(where + ": has no " + kind);
        } else if (probe.getHttpGet() == null || !path.equals(probe.getHttpGet().getPath())) {
            problems.add(where + ": its " + kind + " must GET " + path);
        } else if (!declares(container, probe.getHttpGet().getPort())) {
            problems.add(where + ": its " + kind + " asks port " + probe.getHttpGet().getPort().getValue()
                    + ", which the container does not declare");
        } else if (!onManagementPort(container, probe.getHttpGet().getPort())) {
            problems.add(where + ": its " + kind + " must ask the management port, where health is served");
        }
    }

    private static boolean onManagementPort(Container container, IntOrString port) {
        return port.getStrVal() != null ? ManagementPortCheck.NAME.equals(port.getStrVal())
                : ManagementPortCheck.port(container, ManagementPortCheck.NAME).filter(port.getIntVal()::equals).isPresent();
    }

    private static boolean declares(Container container, IntOrString port) {
        for (ContainerPort declared : container.getPorts()) {
            if (port.getStrVal() != null ? port.getStrVal().equals(declared.getName())
                    : port.getIntVal().equals(declared.getContainerPort())) {
                return true;
            }
        }
        return false;
    }
}
