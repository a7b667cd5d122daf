package cn.yanzhen.k8s;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every pod meets Kubernetes' "restricted" Pod Security Standard (as of v1.30: host namespaces, privilege,
 * volume types, privilege escalation, non-root, seccomp, capabilities), and beyond it has a read-only root
 * filesystem with /tmp on an emptyDir and no service account token, since no service calls the Kubernetes API.
 */
final class PodSecurityCheck implements ManifestCheck {

    private static final Set<String> VOLUME_TYPES = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
            "persistentVolumeClaim", "projected", "secret");
    private static final Map<String, Function<Volume, Object>> VOLUME_SOURCES = Map.of(
            "hostPath", Volume::getHostPath, "nfs", Volume::getNfs, "iscsi", Volume::getIscsi,
            "gitRepo", Volume::getGitRepo, "glusterfs", Volume::getGlusterfs, "rbd", Volume::getRbd,
            "cephfs", Volume::getCephfs, "flexVolume", Volume::getFlexVolume);
    private static final Set<String> SECCOMP = Set.of("RuntimeDefault", "Localhost");

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        manifests.ofKind("Deployment").forEach(document -> {
            PodSpec pod = Models.read(document, io.fabric8.kubernetes.api.model.apps.Deployment.class).getSpec().getTemplate().getSpec();
            String where = Manifests.describe(document);
            checkPod(pod, where, problems);
            List<Container> containers = new ArrayList<>(pod.getContainers());
            containers.addAll(pod.getInitContainers());
            containers.forEach(container -> checkContainer(container, pod, where + " container " + container.getName(), problems));
        });
        return problems;
    }

    private static void checkPod(PodSpec pod, String where, List<String> problems) {
        if (Boolean.TRUE.equals(pod.getHostNetwork()) || Boolean.TRUE.equals(pod.getHostPID()) || Boolean.TRUE.equals(pod.getHostIPC())) {
            problems.add(where + ": shares a host namespace");
        }
        if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
            problems.add(where + ": automountServiceAccountToken must be false");
        }
        for (Volume volume : pod.getVolumes()) {
            VOLUME_SOURCES.forEach((type, source) -> {
                if (source.apply(volume) != null) {
                    problems.add(where + ": volume " + volume.getName() + " is a " + type + ", which \"restricted\" forbids (allowed: " + new java.util.TreeSet<>(VOLUME_TYPES) + ")");
                }
            });
        }
    }

    private static void checkContainer(Container container, PodSpec pod, String where, List<String> problems) {
        Optional<SecurityContext> context = Optional.ofNullable(container.getSecurityContext());
        Optional<PodSecurityContext> podContext = Optional.ofNullable(pod.getSecurityContext());
        if (context.map(SecurityContext::getPrivileged).orElse(false)) {
            problems.add(where + ": privileged");
        }
        if (!context.map(SecurityContext::getAllowPrivilegeEscalation).map(Boolean.FALSE::equals).orElse(false)) {
            problems.add(where + ": allowPrivilegeEscalation must be false");
        }
        boolean nonRoot = context.map(SecurityContext::getRunAsNonRoot)
                .or(() -> podContext.map(PodSecurityContext::getRunAsNonRoot)).orElse(false);
        long user = context.map(SecurityContext::getRunAsUser).or(() -> podContext.map(PodSecurityContext::getRunAsUser)).orElse(-1L);
        if (!nonRoot || user == 0) {
            problems.add(where + ": must run as non-root (runAsNonRoot true, runAsUser not 0)");
        }
        String seccomp = context.map(SecurityContext::getSeccompProfile).or(() -> podContext.map(PodSecurityContext::getSeccompProfile))
                .map(SeccompProfile::getType).orElse("none");
        if (!SECCOMP.contains(seccomp)) {
            problems.add(where + ": seccompProfile must be RuntimeDefault (or Localhost), is " + seccomp);
        }
        Optional<Capabilities> capabilities = context.map(SecurityContext::getCapabilities);
        if (!capabilities.map(Capabilities::getDrop).orElse(List.of()).contains("ALL")) {
            problems.add(where + ": must drop ALL capabilities");
        }
        capabilities.map(Capabilities::getAdd).orElse(List.of()).stream().filter(added -> !"NET_BIND_SERVICE".equals(added))
                .forEach(added -> problems.add(where + ": adds capability " + added));
        if (container.getPorts().stream().map(ContainerPort::getHostPort).anyMatch(port -> port != null && port != 0)) {
            problems.add(where + ": takes a host port");
        }
        if (!context.map(SecurityContext::getReadOnlyRootFilesystem).orElse(false)) {
            problems.add(where + ": readOnlyRootFilesystem must be true");
        }
        boolean tmp = container.getVolumeMounts().stream().filter(mount -> "/tmp".equals(mount.getMountPath()))
                .map(VolumeMount::getName)
                .anyMatch(name -> pod.getVolumes().stream().anyMatch(v -> v.getName().equals(name) && v.getEmptyDir() != null));
        if (!tmp) {
            problems.add(where + ": /tmp must be an emptyDir (the root filesystem is read-only)");
        }
    }
}
