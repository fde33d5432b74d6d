package io.j8s.apimachinery.protobuf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.Map;
import java.util.Set;

/** Objects of any built-in kind with a value in every field, built from the descriptors, for tests. */
final class FilledObjects {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 4;

    private final MessageTypes types = new MessageTypes();
    private final FieldPlans plans = new FieldPlans(types.files());

    /** The kinds of each built-in apiVersion. */
    Map<String, Set<String>> kinds() {
        return types.kinds();
    }

    /** An object of the kind with every field set, down to {@link #MAX_DEPTH} levels. */
    ObjectNode filled(String apiVersion, String kind) {
        ObjectNode object = NODES.objectNode();
        object.put("kind", kind);
        object.put("apiVersion", apiVersion);
        fill(object, types.find(apiVersion, kind).orElseThrow(), 0);
        return object;
    }

    private void fill(ObjectNode out, Descriptor type, int depth) {
        for (FieldPlans.Plan plan : plans.of(type)) {
            FieldDescriptor field = plan.field();
            if (plan.inline()) {
                fill(out, field.getMessageType(), depth + 1);
                continue;
            }
            JsonNode value;
            if (field.isMapField()) {
                JsonNode entry = sample(field.getMessageType().findFieldByNumber(2), depth + 1);
                value = entry == null ? null : NODES.objectNode().set("key", entry);
            } else if (field.isRepeated()) {
                JsonNode element = sample(field, depth + 1);
                value = element == null ? null : NODES.arrayNode().add(element);
            } else {
                value = sample(field, depth + 1);
            }
            if (value != null) {
                out.set(plan.jsonName(), value);
            }
        }
    }

    /** A value that survives omitempty: non-empty, non-zero; null where the depth runs out. */
    private JsonNode sample(FieldDescriptor field, int depth) {
        return switch (field.getJavaType()) {
            case INT -> NODES.numberNode(7);
            case LONG -> NODES.numberNode(7);
            case FLOAT, DOUBLE -> NODES.numberNode(1.5);
            case BOOLEAN -> NODES.booleanNode(true);
            case STRING -> NODES.textNode("s");
            case BYTE_STRING -> NODES.textNode("AQID");
            case ENUM -> NODES.textNode(field.getEnumType().getValues().getFirst().getName());
            case MESSAGE -> message(field.getMessageType(), depth);
        };
    }

    private JsonNode message(Descriptor type, int depth) {
        return switch (plans.special(type)) {
            case TIME -> NODES.textNode("2024-01-02T03:04:05Z");
            case MICRO_TIME -> NODES.textNode("2024-01-02T03:04:05.123456Z");
            case DURATION -> NODES.textNode("1m30s");
            case QUANTITY -> NODES.textNode("100m");
            case INT_OR_STRING -> NODES.textNode("25%");
            case RAW_EXTENSION, RAW_JSON -> NODES.objectNode(); // any JSON; empty suits every model of it
            case STRING_LIST, SCHEMA_OR_STRING_ARRAY -> NODES.arrayNode().add("a");
            case SCHEMA_OR_BOOL -> NODES.booleanNode(false);
            case SCHEMA_OR_ARRAY, NONE -> {
                if (depth > MAX_DEPTH) {
                    yield null;
                }
                ObjectNode nested = NODES.objectNode();
                Descriptor schema = type.findFieldByName("schema") != null && plans.special(type) != SpecialType.NONE
                        ? type.findFieldByName("schema").getMessageType() : type;
                fill(nested, schema, depth);
                yield nested.isEmpty() ? null : nested;
            }
        };
    }
}
