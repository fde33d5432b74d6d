package io.j8s.apiserver.registry;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.j8s.apimachinery.json.Json;
import io.j8s.apimachinery.validation.FieldPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the fields of a wire object that its fabric8 model class does not define, such as
 * {@code spec.containers[0].imagee}, for {@code fieldValidation=Strict} and {@code Warn}. fabric8
 * classes swallow unknown fields into {@code additionalProperties}, so the tree is walked alongside
 * Jackson's description of each class instead. Leaves (strings, numbers, IntOrString, Quantity,
 * free-form maps and {@code Object}s) are not looked into. Thread-safe; caches class descriptions.
 */
public final class UnknownFields {

    private final Class<?> model;
    private final ObjectMapper mapper;
    private final Map<Class<?>, Map<String, JavaType>> properties = new ConcurrentHashMap<>();

    public UnknownFields(Class<?> model) {
        this(model, Json.mapper());
    }

    UnknownFields(Class<?> model, ObjectMapper mapper) {
        this.model = model;
        this.mapper = mapper;
    }

    /** The paths of unknown fields in {@code obj}, in document order; empty when all are known. */
    public List<String> of(JsonNode obj) {
        List<String> out = new ArrayList<>();
        walk(obj, mapper.constructType(model), null, out);
        return out;
    }

    private void walk(JsonNode node, JavaType type, FieldPath path, List<String> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (type.isCollectionLikeType() || type.isArrayType()) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    walk(node.get(i), type.getContentType(), path.index(i), out);
                }
            }
            return;
        }
        if (type.isMapLikeType()) {
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    walk(e.getValue(), type.getContentType(), child(path, e.getKey()), out);
                }
            }
            return;
        }
        if (!node.isObject() || !isModelBean(type.getRawClass())) {
            return;
        }
        Map<String, JavaType> known = properties.computeIfAbsent(type.getRawClass(), c -> describe(type));
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JavaType fieldType = known.get(e.getKey());
            if (fieldType == null) {
                out.add(child(path, e.getKey()).path());
            } else {
                walk(e.getValue(), fieldType, child(path, e.getKey()), out);
            }
        }
    }

    private static FieldPath child(FieldPath path, String name) {
        return path == null ? FieldPath.root(name) : path.child(name);
    }

    /** A fabric8 model bean deserialized property by property (not by a custom deserializer). */
    private static boolean isModelBean(Class<?> c) {
        if (c.isInterface() || c.isEnum() || c.isPrimitive() || !c.getName().startsWith("io.fabric8.")) {
            return false;
        }
        JsonDeserialize d = c.getAnnotation(JsonDeserialize.class);
        return d == null || d.using() == JsonDeserializer.None.class;
    }

    private Map<String, JavaType> describe(JavaType type) {
        BeanDescription description = mapper.getDeserializationConfig().introspect(type);
        Map<String, JavaType> known = new HashMap<>();
        for (BeanPropertyDefinition p : description.findProperties()) {
            if (p.hasSetter() || p.hasField() || p.hasConstructorParameter()) {
                known.put(p.getName(), p.getPrimaryType());
            }
        }
        return known;
    }
}
