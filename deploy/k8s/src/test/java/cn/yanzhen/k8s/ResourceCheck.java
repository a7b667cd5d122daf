package cn.yanzhen.k8s;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every container asks for CPU and memory and has limits; its memory request holds the largest resident
 * size the benchmark measured after its load (README "Speed": 263–303 MB with -Xmx96m), so it is never
 * placed where that does not fit, and its limit is not below its request.
 */
final class ResourceCheck implements ManifestCheck {

    static final BigDecimal MEASURED_RESIDENT_BYTES = BigDecimal.valueOf(303_000_000L);

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (DeploymentContainer each : DeploymentContainer.all(manifests)) {
            check(each.container().getResources(), each.where(), problems);
        }
        return problems;
    }

    private static void check(ResourceRequirements resources, String where, List<String> problems) {
        Map<String, Quantity> requests = resources == null || resources.getRequests() == null ? Map.of() : resources.getRequests();
        Map<String, Quantity> limits = resources == null || resources.getLimits() == null ? Map.of() : resources.getLimits();
        for (String resource : List.of("cpu", "memory")) {
            if (!requests.containsKey(resource) || !limits.containsKey(resource)) {
                problems.add(where + ": needs a request and a limit of " + resource);
                return;
            }
        }
        BigDecimal request = requests.get("memory").getNumericalAmount();
        if (request.compareTo(MEASURED_RESIDENT_BYTES) < 0) {
            problems.add(where + ": asks " + requests.get("memory") + " of memory, less than the 303 MB measured");
        }
        if (limits.get("memory").getNumericalAmount().compareTo(request) < 0) {
            problems.add(where + ": its memory limit is below its request");
        }
    }
}
