package io.j8s.apiserver.openapi;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Derives OpenAPI 3.0 schemas from fabric8 model classes through Jackson's view of their bean
 * properties, collecting every referenced type into one {@code components.schemas} map. Not
 * thread-safe: one generator builds one document.
 */
final class SchemaGenerator {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** String-typed fabric8 fields that Kubernetes types as {@code metav1.Time}. */
    private static final Set<String> TIME_FIELDS = Set.of(
            "creationTimestamp", "deletionTimestamp", "lastTransitionTime", "lastProbeTime", "lastHeartbeatTime",
            "startedAt", "finishedAt", "startTime", "completionTime", "lastScheduleTime", "lastSuccessfulTime",
            "firstTimestamp", "lastTimestamp", "lastUpdateTime", "time", "expirationTimestamp", "lastScaleTime",
            "deprecatedFirstTimestamp", "deprecatedLastTimestamp", "timeAdded");

    /** Map fields whose values Kubernetes types as base64 bytes, which fabric8 keeps as strings. */
    private static final Set<String> BYTE_MAPS = Set.of(
            "io.k8s.api.core.v1.Secret.data", "io.k8s.api.core.v1.ConfigMap.binaryData");

    private final ObjectMapper mapper;
    private final PatchStrategies patchStrategies;
    private final Map<String, ObjectNode> schemas = new TreeMap<>();

    SchemaGenerator(ObjectMapper mapper, PatchStrategies patchStrategies) {
        this.mapper = mapper;
        this.patchStrategies = patchStrategies;
    }

    /** All schemas generated so far, by name. */
    Map<String, ObjectNode> schemas() {
        return schemas;
    }

    /** Generates the schema of a bean class (and all it references); returns its definition name. */
    String define(Class<?> type) {
        String name = SchemaNames.of(type);
        if (schemas.containsKey(name)) return name;
        ObjectNode builtin = builtinSchema(name);
        if (builtin != null) {
            schemas.put(name, builtin);
            return name;
        }
        ObjectNode schema = JSON.objectNode();
        schemas.put(name, schema); // placed first so that recursive types (JSONSchemaProps) terminate
        Descriptions.ofDefinition(name).ifPresent(d -> schema.put("description", d));
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        BeanDescription bean = mapper.getSerializationConfig().introspect(mapper.constructType(type));
        for (BeanPropertyDefinition p : bean.findProperties()) {
            if (p.getName().equals("additionalProperties") || !p.couldSerialize()) continue;
            ObjectNode property = BYTE_MAPS.contains(name + "." + p.getName())
                    ? byteMap()
                    : propertySchema(p.getName(), p.getPrimaryType());
            patchStrategies.of(type, p.getName()).ifPresent(s -> property.setAll(extensions(property, s)));
            Descriptions.ofProperty(name, p.getName(), property.path("$ref").asText(""))
                    .ifPresent(d -> describe(property, d));
            properties.set(p.getName(), property);
        }
        List<String> required = RequiredFields.of(name).stream().filter(properties::has).toList();
        if (!required.isEmpty()) {
            ArrayNode array = schema.putArray("required");
            required.forEach(array::add);
        }
        return name;
    }

    /** Defines one of the schemas that fabric8 has no class for (Time, MicroTime, RawExtension...). */
    String builtin(String name) {
        schemas.computeIfAbsent(name, SchemaGenerator::builtinSchema);
        return name;
    }

    /** Stores a schema written by hand, such as that of a custom resource. */
    void put(String name, ObjectNode schema) {
        schemas.put(name, schema);
    }

    static ObjectNode ref(String name) {
        return JSON.objectNode().put("$ref", "#/components/schemas/" + name);
    }

    private static ObjectNode byteMap() {
        ObjectNode s = JSON.objectNode().put("type", "object");
        s.putObject("additionalProperties").put("type", "string").put("format", "byte");
        return s;
    }

    private ObjectNode propertySchema(String property, JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == String.class) {
            if (TIME_FIELDS.contains(property)) return ref(builtin(SchemaNames.TIME));
            return JSON.objectNode().put("type", "string");
        }
        return schemaOf(type);
    }

    private ObjectNode schemaOf(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == String.class || raw == Character.class || raw == char.class) return JSON.objectNode().put("type", "string");
        if (raw == Integer.class || raw == int.class || raw == Short.class || raw == short.class) {
            return JSON.objectNode().put("type", "integer").put("format", "int32");
        }
        if (raw == Long.class || raw == long.class || raw == java.math.BigInteger.class) {
            return JSON.objectNode().put("type", "integer").put("format", "int64");
        }
        if (raw == Boolean.class || raw == boolean.class) return JSON.objectNode().put("type", "boolean");
        if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            return JSON.objectNode().put("type", "number").put("format", "double");
        }
        if (raw == byte[].class) return JSON.objectNode().put("type", "string").put("format", "byte");
        if (Temporal.class.isAssignableFrom(raw)) return ref(builtin(SchemaNames.MICRO_TIME));
        if (raw.isEnum()) {
            ObjectNode s = JSON.objectNode().put("type", "string");
            ArrayNode values = s.putArray("enum");
            for (Object c : raw.getEnumConstants()) values.add(c.toString());
            return s;
        }
        if (type.isCollectionLikeType() || type.isArrayType() || Collection.class.isAssignableFrom(raw)) {
            ObjectNode s = JSON.objectNode().put("type", "array");
            JavaType content = type.getContentType();
            s.set("items", content == null ? JSON.objectNode() : schemaOf(content));
            return s;
        }
        if (type.isMapLikeType() || Map.class.isAssignableFrom(raw)) {
            ObjectNode s = JSON.objectNode().put("type", "object");
            JavaType content = type.getContentType();
            if (content != null && content.getRawClass() != Object.class) {
                s.set("additionalProperties", schemaOf(content));
            }
            return s;
        }
        if (raw == Object.class || raw.getSimpleName().equals("KubernetesResource") || raw.getSimpleName().equals("RawExtension")) {
            return ref(builtin(SchemaNames.RAW_EXTENSION));
        }
        if (JsonNode.class.isAssignableFrom(raw) || raw.getSimpleName().equals("AnyType")
                || raw.getSimpleName().equals("JSON")) {
            return JSON.objectNode().put("x-kubernetes-preserve-unknown-fields", true);
        }
        if (raw.isInterface() || java.lang.reflect.Modifier.isAbstract(raw.getModifiers()) || raw.getPackageName().startsWith("java.")) {
            return JSON.objectNode().put("type", "object");
        }
        return ref(define(raw));
    }

    /** Adds a description; a reference moves into {@code allOf} since OpenAPI 3.0 ignores siblings of {@code $ref}. */
    private static void describe(ObjectNode property, String description) {
        if (property.has("$ref")) {
            property.putArray("allOf").add(JSON.objectNode().set("$ref", property.remove("$ref")));
        }
        property.put("description", description);
    }

    private static ObjectNode extensions(ObjectNode property, PatchStrategy s) {
        ObjectNode ext = JSON.objectNode();
        boolean isRef = property.has("$ref");
        if (isRef) {
            // OpenAPI 3.0 ignores siblings of $ref, so Kubernetes wraps the reference in allOf.
            ext.putArray("allOf").add(property.deepCopy());
            property.remove("$ref");
        }
        if (!s.strategy().isEmpty()) ext.put("x-kubernetes-patch-strategy", s.strategy());
        if (!s.mergeKey().isEmpty()) ext.put("x-kubernetes-patch-merge-key", s.mergeKey());
        if (!s.listType().isEmpty() && !isRef) {
            ext.put("x-kubernetes-list-type", s.listType());
            if (s.listType().equals("map")) {
                ArrayNode keys = ext.putArray("x-kubernetes-list-map-keys");
                s.listMapKeys().forEach(keys::add);
            }
        }
        return ext;
    }

    private static ObjectNode builtinSchema(String name) {
        return switch (name) {
            case SchemaNames.QUANTITY -> JSON.objectNode().put("type", "string")
                    .put("description", "Quantity is a fixed-point representation of a number, such as 100m or 1Gi.");
            case SchemaNames.INT_OR_STRING -> JSON.objectNode().put("type", "string").put("format", "int-or-string")
                    .put("description", "IntOrString is a type that can hold an int32 or a string.");
            case SchemaNames.TIME -> JSON.objectNode().put("type", "string").put("format", "date-time")
                    .put("description", "Time is a wrapper around time.Time which supports correct marshaling to YAML and JSON.");
            case SchemaNames.MICRO_TIME -> JSON.objectNode().put("type", "string").put("format", "date-time")
                    .put("description", "MicroTime is version of Time with microsecond level precision.");
            case SchemaNames.META + "Duration" -> JSON.objectNode().put("type", "string")
                    .put("description", "Duration is a wrapper around time.Duration which supports correct marshaling to YAML and JSON.");
            case SchemaNames.META + "FieldsV1" -> JSON.objectNode().put("type", "object")
                    .put("description", "FieldsV1 stores a set of fields in a data structure like a Trie, in JSON format.");
            case SchemaNames.META + "Patch" -> JSON.objectNode().put("type", "object")
                    .put("description", "Patch is provided to give a concrete name and type to the Kubernetes PATCH request body.");
            case SchemaNames.RAW_EXTENSION -> JSON.objectNode().put("type", "object")
                    .put("description", "RawExtension is used to hold extensions in external versions.");
            default -> null;
        };
    }

    static Optional<Class<?>> listClassOf(Class<?> kind) {
        try {
            return Optional.of(Class.forName(kind.getName() + "List", false, kind.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
