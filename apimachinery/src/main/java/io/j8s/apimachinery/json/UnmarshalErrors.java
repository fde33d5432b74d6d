package io.j8s.apimachinery.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.List;

/**
 * Words a Jackson binding failure as Go's {@code json.UnmarshalTypeError}, which Kubernetes puts
 * in its 400 answers: {@code json: cannot unmarshal string into Go struct field
 * DeploymentSpec.spec.replicas of type int32}.
 */
final class UnmarshalErrors {

    private UnmarshalErrors() {}

    static String describe(JsonMappingException e, Class<?> root) {
        if (!(e instanceof MismatchedInputException mismatch)) {
            return "json: " + e.getOriginalMessage();
        }
        String value = valueKind(e.getProcessor() instanceof JsonParser p ? p.currentToken() : null);
        List<JsonMappingException.Reference> path = e.getPath();
        List<String> fields = path.stream().map(JsonMappingException.Reference::getFieldName)
                .filter(f -> f != null).toList();
        String type = goType(targetType(path, mismatch, root));
        if (fields.isEmpty()) {
            return "json: cannot unmarshal " + value + " into Go value of type " + type;
        }
        Object owner = null;
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                owner = r.getFrom();
            }
        }
        String struct = owner instanceof Class<?> c ? c.getSimpleName() : owner == null ? root.getSimpleName() : owner.getClass().getSimpleName();
        return "json: cannot unmarshal " + value + " into Go struct field " + struct + "." + String.join(".", fields) + " of type " + type;
    }

    private static JavaType targetType(List<JsonMappingException.Reference> path, MismatchedInputException e, Class<?> root) {
        JsonMappingException.Reference last = path.isEmpty() ? null : path.get(path.size() - 1);
        if (last != null && last.getFieldName() != null && last.getFrom() != null) {
            Class<?> owner = last.getFrom() instanceof Class<?> c ? c : last.getFrom().getClass();
            JavaType ownerType = Json.mapper().constructType(owner);
            for (BeanPropertyDefinition p : Json.mapper().getDeserializationConfig().introspect(ownerType).findProperties()) {
                if (p.getName().equals(last.getFieldName())) {
                    return p.getPrimaryType();
                }
            }
        }
        Class<?> target = e.getTargetType() != null ? e.getTargetType() : root;
        return Json.mapper().constructType(target);
    }

    private static String valueKind(JsonToken token) {
        if (token == null) {
            return "value";
        }
        return switch (token) {
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "bool";
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "object";
            case START_ARRAY, END_ARRAY -> "array";
            default -> "value";
        };
    }

    private static String goType(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (type.isCollectionLikeType() || type.isArrayType()) {
            return "[]" + goType(type.getContentType());
        }
        if (type.isMapLikeType()) {
            return "map[string]" + goType(type.getContentType());
        }
        return switch (raw.getName()) {
            case "java.lang.String" -> "string";
            case "java.lang.Integer", "int" -> "int32";
            case "java.lang.Long", "long" -> "int64";
            case "java.lang.Boolean", "boolean" -> "bool";
            case "java.lang.Double", "double", "java.lang.Float", "float" -> "float64";
            case "java.lang.Object" -> "interface {}";
            default -> raw.getName().startsWith("io.fabric8") ? "v1." + raw.getSimpleName() : raw.getSimpleName();
        };
    }
}
