package cn.yanzhen.system;

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
 * into the ACL bindings Strimzi's user operator makes of them, so a real broker can be given the same ACLs.
 */
record KafkaUsers(List<String> names, List<AclBinding> acls) {

    static final Path FILE = Path.of(System.getProperty("services.dir"), "../deploy/k8s/base/kafka-users.yaml");

    static KafkaUsers fromManifests() throws IOException {
        List<String> names = new ArrayList<>();
        List<AclBinding> acls = new ArrayList<>();
        try (var documents = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class).<JsonNode>readValues(FILE.toFile())) {
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
