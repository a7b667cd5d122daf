package cn.yanzhen.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Reads manifests into fabric8's and Strimzi's model classes. */
final class Models {

    /**
     * Refuses any field the model class does not declare. Both fabric8's and Strimzi's classes keep unknown
     * fields in a catch-all map (@JsonAnySetter) so that newer servers' fields survive a round trip; for a
     * manifest that map only hides typos, so this mapper does not use it.
     */
    static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    return Boolean.FALSE;
                }
            });

    private static final ObjectMapper LENIENT = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Models() {
    }

    /** For checks that read a model after ModelCheck has judged its fields. */
    static <T> T read(JsonNode document, Class<T> model) {
        try {
            return LENIENT.treeToValue(document, model);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }
}
