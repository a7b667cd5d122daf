package cn.yanzhen.k8s;

import java.util.List;

/** One rule the rendered manifests must keep; each problem names the object and what is wrong. */
interface ManifestCheck {

    List<String> problems(Manifests manifests);

    /** Every check the overlays must pass. */
    static List<ManifestCheck> all() {
        return List.of(new ModelCheck(), new CustomResourceFieldCheck(), new ProbeCheck(), new ManagementPortCheck(), new ResourceCheck(),
                new TopicCheck(), new EnvironmentCheck(), new ScalingCheck(), new WiringCheck(), new ScrapeCheck(),
                new KafkaAccessCheck(), new DatabaseAccessCheck(), new NetworkPolicyCheck(), new PodSecurityCheck());
    }
}
