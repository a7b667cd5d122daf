package cn.yanzhen.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates payloads against the contract's JSON Schemas, for tests of producers and of the contract.
 * Needs {@code com.networknt:json-schema-validator} on the classpath (an optional dependency of this
 * jar, so services carry it only in test scope).
 */
public final class ContractValidator {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(
                    EventTypes.SCHEMA_ID_BASE, "classpath:" + EventTypes.SCHEMA_CLASSPATH_BASE)));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private ContractValidator() {
    }

    /** Every violation of the payload against the schema of the event type; empty when valid. */
    public static List<String> violations(String eventType, JsonNode payload) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(eventType, type -> FACTORY.getSchema(
                com.networknt.schema.SchemaLocation.of("classpath:" + EventTypes.schemaResource(type)), CONFIG));
        return schema.validate(payload).stream().map(ValidationMessage::getMessage).toList();
    }

    /** Violations of a schema document against the JSON Schema 2020-12 meta-schema. */
    public static List<String> metaSchemaViolations(JsonNode schemaDocument) {
        JsonSchema meta = FACTORY.getSchema(
                com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);
        return meta.validate(schemaDocument).stream().map(ValidationMessage::getMessage).toList();
    }
}
