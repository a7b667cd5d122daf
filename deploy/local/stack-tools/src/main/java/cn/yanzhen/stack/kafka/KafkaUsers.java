package cn.yanzhen.stack.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The services' KafkaUsers as the Kubernetes manifests declare them (deploy/k8s/base/kafka-users.yaml), turned
 * into the ACL bindings Strimzi's user operator makes of them, so a real broker can be given the same ACLs: the
 * local stack's secured broker (deploy/local/stack up --secure) and LockedBrokerIT's.
 */
public record KafkaUsers(List<String> names, List<AclBinding> acls) {

    /** Where the manifests keep them, from the repository's root. */
    public static final String FILE = "deploy/k8s/base/kafka-users.yaml";

    public static KafkaUsers fromManifests(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        List<AclBinding> acls = new ArrayList<>();
        try (var documents = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            while (documents.hasNext()) {
                JsonNode user = documents.next();
                String name = user.at("/metadata/name").asText();
                names.add(name);
                for (JsonNode rule : user.at("/spec/authorization/acls")) {
                    JsonNode resource = rule.path("resource");
                    ResourcePattern pattern = new ResourcePattern(ResourceType.fromString(resource.path("type").asText()),
                            resource.path("name").asText(ResourcePattern.WILDCARD_RESOURCE),
                            "prefix".equals(resource.path("patternType").asText()) ? PatternType.PREFIXED : PatternType.LITERAL);
                    for (JsonNode operation : rule.path("operations")) {
                        acls.add(new AclBinding(pattern, new AccessControlEntry("User:" + name, "*",
                                AclOperation.fromString(operation.asText().toUpperCase(Locale.ROOT)), AclPermissionType.ALLOW)));
                    }
                }
            }
        }
        return new KafkaUsers(names, acls);
    }
}
