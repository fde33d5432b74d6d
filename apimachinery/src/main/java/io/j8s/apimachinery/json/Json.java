package io.j8s.apimachinery.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.j8s.apimachinery.api.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Jackson configured for the Kubernetes wire format and the fabric8 model: nulls are not written,
 * unknown properties are kept or ignored rather than failing, {@code java.time} is supported.
 * The mappers are built once per class load and never reconfigured; callers must not reconfigure
 * them either. All methods are thread-safe.
 */
public final class Json {

    private static final ObjectMapper JSON = configure(JsonMapper.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build());

    private static final ObjectMapper YAML = configure(YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .build())
            .build());

    private Json() {}

    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.registerModule(new JavaTimeModule());
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        return mapper;
    }

    /** The JSON mapper. Shared: do not reconfigure it. */
    public static ObjectMapper mapper() {
        return JSON;
    }

    /** The YAML mapper (no {@code ---} marker on output). Shared: do not reconfigure it. */
    public static ObjectMapper yamlMapper() {
        return YAML;
    }

    /** The mapper of a format. */
    public static ObjectMapper mapper(MediaType type) {
        return type == MediaType.YAML ? YAML : JSON;
    }

    /** A new empty object node. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Decodes a request body that must be one object, as Kubernetes' serializer does before it
     * looks at apiVersion and kind. Malformed input and non-objects are 400 Bad Request.
     */
    public static ObjectNode readObject(byte[] body, MediaType type) {
        JsonNode node = readTree(body, type);
        if (node instanceof ObjectNode object) {
            return object;
        }
        String got = node == null || node.isMissingNode() ? "" : kindOf(node);
        if (got.isEmpty()) {
            throw missingKind(body);
        }
        throw ApiException.badRequest("couldn't get version/kind; json parse error: json: cannot unmarshal " + got
                + " into Go value of type struct { APIVersion string \"json:\\\"apiVersion,omitempty\\\"\"; "
                + "Kind string \"json:\\\"kind,omitempty\\\"\" }");
    }

    /**
     * Decodes one JSON or YAML value of any type (an RFC 6902 patch is an array); malformed input
     * is 400 Bad Request. An empty body gives a {@code MissingNode}.
     */
    public static JsonNode readTree(byte[] body, MediaType type) {
        try {
            JsonNode node = mapper(type).readTree(body);
            return node == null ? mapper().missingNode() : node;
        } catch (JsonProcessingException e) {
            throw syntaxError(type, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The objects of a multi-document YAML stream ({@code ---} separated), skipping empty
     * documents, as {@code kubectl apply -f} reads a manifest file. A document that is not an
     * object is 400 Bad Request.
     */
    public static List<ObjectNode> readYamlDocuments(byte[] body) {
        List<ObjectNode> out = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(body)) {
            while (docs.hasNextValue()) {
                JsonNode doc = docs.nextValue();
                if (doc == null || doc.isNull() || doc.isMissingNode() || (doc.isTextual() && doc.asText().isEmpty())) {
                    continue;
                }
                if (!(doc instanceof ObjectNode object)) {
                    throw ApiException.badRequest("couldn't get version/kind; json parse error: json: cannot unmarshal "
                            + kindOf(doc) + " into Go value of type struct { APIVersion string \"json:\\\"apiVersion,omitempty\\\"\"; "
                            + "Kind string \"json:\\\"kind,omitempty\\\"\" }");
                }
                out.add(object);
            }
        } catch (JsonProcessingException e) {
            throw syntaxError(MediaType.YAML, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Kubernetes' error for a body whose kind is neither given nor implied by the URL. */
    public static ApiException missingKind(byte[] body) {
        return ApiException.badRequest("Object 'Kind' is missing in '" + new String(body, StandardCharsets.UTF_8).strip() + "'");
    }

    /** Compact JSON bytes of a tree. */
    public static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw ApiException.internal(e.getOriginalMessage());
        }
    }

    /** YAML bytes of a tree, without a leading document marker. */
    public static byte[] writeYaml(JsonNode node) {
        try {
            return YAML.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw ApiException.internal(e.getOriginalMessage());
        }
    }

    /**
     * Binds a tree to a model class. A value of the wrong type for its field (a string where a
     * number goes) is 400 Bad Request, worded like Go's {@code json.UnmarshalTypeError}; callers
     * prefix Kubernetes' {@code Pod in version "v1" cannot be handled as a Pod: }.
     */
    public static <T> T toObject(JsonNode node, Class<T> type) {
        try {
            return JSON.treeToValue(node, type);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            throw ApiException.badRequest(UnmarshalErrors.describe(e, type));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("json: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** The wire tree of a model object. */
    public static <T extends JsonNode> T toTree(Object value) {
        return JSON.valueToTree(value);
    }

    /**
     * The paths of fields that appear twice in the same object of a JSON document, in document
     * order ({@code metadata.name}, {@code spec.containers[0].image}), for strict field validation's
     * {@code duplicate field "<path>"}. Malformed JSON is 400 Bad Request.
     */
    public static List<String> duplicateFields(byte[] json) {
        try (JsonParser parser = JSON.getFactory().createParser(json)) {
            return DuplicateFieldScanner.scan(parser);
        } catch (JsonProcessingException e) {
            throw syntaxError(MediaType.JSON, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ApiException syntaxError(MediaType type, JsonProcessingException e) {
        String detail = e.getOriginalMessage();
        if (type == MediaType.YAML) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return ApiException.badRequest("error converting YAML to JSON: yaml: line " + line + ": " + firstLine(detail));
        }
        return ApiException.badRequest("couldn't get version/kind; json parse error: " + firstLine(detail));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String kindOf(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "array";
            case STRING, BINARY -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "bool";
            default -> "";
        };
    }
}
