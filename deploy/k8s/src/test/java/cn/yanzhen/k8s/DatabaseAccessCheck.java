package cn.yanzhen.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The database trusts no one by default (docs/contract.md §7.9): the migration role owns the database and
 * every schema and is given only to each pod's migrate init container; each service runs as a managed role
 * of its own (CloudNativePG), created with its schema's grants by database-roles.sql at bootstrap; every
 * connection is TLS that checks the server's certificate and name against CloudNativePG's CA. A service without a
 * database of its own (the dashboard: no platform store) has no role, no migrate init container and no credentials.
 */
final class DatabaseAccessCheck implements ManifestCheck {

    static final String ROLES_SQL = "database-roles.sql";
    static final String MIGRATION_ROLE = "yanzhen";
    private static final Set<String> POWERS = Set.of("superuser", "createdb", "createrole", "replication", "bypassrls");

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        ObjectNode cluster = manifests.ofKind("Cluster").findFirst().orElse(null);
        if (cluster == null) {
            return List.of("the manifests need a Cluster");
        }
        String clusterName = Manifests.nameOf(cluster);
        String where = Manifests.describe(cluster);
        if (!MIGRATION_ROLE.equals(cluster.at("/spec/bootstrap/initdb/owner").asText())) {
            problems.add(where + ": the database's owner must be the migration role " + MIGRATION_ROLE);
        }
        checkRoles(cluster, where, problems);
        checkRolesScript(cluster, manifests, where, problems);
        String url = manifests.find("ConfigMap", WiringCheck.DB_CONFIG).map(config -> config.at("/data/YANZHEN_DB_URL").asText()).orElse("");
        if (!url.contains("sslmode=verify-full")) {
            problems.add("ConfigMap " + WiringCheck.DB_CONFIG + ": YANZHEN_DB_URL must ask for sslmode=verify-full");
        }
        String rootCert = url.replaceAll(".*[?&]sslrootcert=([^&]+).*", "$1");
        for (DeploymentContainer each : DeploymentContainer.all(manifests)) {
            String service = Manifests.nameOf(each.document());
            if (!hasADatabase(service)) {
                ContainerEnvironment.value(each.container(), "YANZHEN_DB_USER")
                        .ifPresent(user -> problems.add(each.where() + ": " + service + " has no database, yet is given a database user"));
                continue;
            }
            ContainerEnvironment.requireSecret(each.container(), each.where(), "YANZHEN_DB_USER", secretOf(service), "username", problems);
            ContainerEnvironment.requireSecret(each.container(), each.where(), "YANZHEN_DB_PASSWORD", secretOf(service), "password", problems);
            if (!ContainerEnvironment.value(each.container(), "YANZHEN_DB_MIGRATE").filter("false"::equals).isPresent()) {
                problems.add(each.where() + ": YANZHEN_DB_MIGRATE must be false: its role may not change its schema");
            }
            checkCertificate(each, rootCert, clusterName + "-ca", problems);
        }
        for (DeploymentContainer each : DeploymentContainer.initContainers(manifests)) {
            if (!hasADatabase(Manifests.nameOf(each.document()))) {
                problems.add(each.where() + ": " + Manifests.nameOf(each.document()) + " has no database to migrate");
                continue;
            }
            ContainerEnvironment.requireSecret(each.container(), each.where(), "YANZHEN_DB_USER", clusterName + "-app", "username", problems);
            ContainerEnvironment.requireSecret(each.container(), each.where(), "YANZHEN_DB_PASSWORD", clusterName + "-app", "password", problems);
            if (!ContainerEnvironment.value(each.container(), "YANZHEN_MIGRATE_ONLY").filter("true"::equals).isPresent()) {
                problems.add(each.where() + ": YANZHEN_MIGRATE_ONLY must be true: it migrates and exits");
            }
            checkCertificate(each, rootCert, clusterName + "-ca", problems);
        }
        manifests.ofKind("Deployment").filter(d -> hasADatabase(Manifests.nameOf(d)))
                .filter(d -> DeploymentContainer.initContainers(new Manifests(List.of(d))).isEmpty())
                .forEach(d -> problems.add(Manifests.describe(d) + ": no migrate init container, so nothing migrates its schema"));
        return problems;
    }

    private static boolean hasADatabase(String service) {
        return !ServiceConfiguration.exists(service) || ServiceConfiguration.of(service).database();
    }

    private static List<String> withADatabase() {
        return Manifests.SERVICES.stream().filter(DatabaseAccessCheck::hasADatabase).toList();
    }

    static String roleOf(String service) {
        return MIGRATION_ROLE + "_" + service;
    }

    static String secretOf(String service) {
        return "yanzhen-db-" + service;
    }

    private static void checkRoles(ObjectNode cluster, String where, List<String> problems) {
        Map<String, JsonNode> declared = new java.util.TreeMap<>();
        cluster.at("/spec/managed/roles").forEach(role -> declared.put(role.path("name").asText(), role));
        Set<String> expected = new TreeSet<>();
        for (String service : withADatabase()) {
            String role = roleOf(service);
            expected.add(role);
            JsonNode declaredRole = declared.get(role);
            if (declaredRole == null) {
                problems.add(where + ": no managed role " + role + " for " + service);
                continue;
            }
            if (!declaredRole.path("login").asBoolean() || !secretOf(service).equals(declaredRole.at("/passwordSecret/name").asText())) {
                problems.add(where + ": role " + role + " must log in with the password of secret " + secretOf(service));
            }
            POWERS.stream().filter(power -> declaredRole.path(power).asBoolean())
                    .forEach(power -> problems.add(where + ": role " + role + " must not have " + power));
            if (declaredRole.has("inRoles")) {
                problems.add(where + ": role " + role + " must not be a member of other roles");
            }
        }
        declared.keySet().stream().filter(role -> !expected.contains(role))
                .forEach(role -> problems.add(where + ": role " + role + " belongs to no service"));
    }

    /** CloudNativePG runs the shared script at bootstrap; it must be the file, and name every service. */
    private static void checkRolesScript(ObjectNode cluster, Manifests manifests, String where, List<String> problems) {
        JsonNode ref = cluster.at("/spec/bootstrap/initdb/postInitApplicationSQLRefs/configMapRefs/0");
        String script = manifests.find("ConfigMap", ref.path("name").asText()).map(map -> map.at("/data/" + ref.path("key").asText()).asText()).orElse("");
        if (!script.equals(rolesScript())) {
            problems.add(where + ": bootstrap must run " + ROLES_SQL + " (postInitApplicationSQLRefs)");
        }
        withADatabase().stream().filter(service -> !script.contains("'" + service + "'"))
                .forEach(service -> problems.add(where + ": " + ROLES_SQL + " gives " + service + " no role"));
    }

    static String rolesScript() {
        try {
            return Files.readString(Manifests.K8S.resolve("base").resolve(ROLES_SQL));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkCertificate(DeploymentContainer each, String rootCert, String caSecret, List<String> problems) {
        Container container = each.container();
        boolean mounted = false;
        for (VolumeMount mount : container.getVolumeMounts()) {
            if (rootCert.startsWith(mount.getMountPath() + "/")) {
                Volume volume = each.deployment().getSpec().getTemplate().getSpec().getVolumes().stream()
                        .filter(v -> v.getName().equals(mount.getName())).findFirst().orElse(null);
                mounted = volume != null && volume.getSecret() != null && caSecret.equals(volume.getSecret().getSecretName())
                        && rootCert.endsWith("/ca.crt");
            }
        }
        if (!mounted) {
            problems.add(each.where() + ": sslrootcert " + rootCert + " must be ca.crt of secret " + caSecret + ", mounted");
        }
    }
}
