package io.j8s.apimachinery.protobuf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Turns a Kubernetes protobuf message into the JSON tree the JSON API shows for the same object:
 * unset fields, empty strings, empty lists and maps are left out (Kubernetes marks nearly all of
 * them omitempty), set numbers and booleans are kept even when zero because a Go pointer field
 * set to zero (replicas: 0, runAsUser: 0) means something. Thread-safe.
 */
final class MessageToJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper;
    /** Decodes a RawExtension that carries a protobuf-encoded object (the {@code k8s\0} envelope). */
    private final Function<byte[], ObjectNode> embeddedDecoder;

    MessageToJson(ObjectMapper mapper, Function<byte[], ObjectNode> embeddedDecoder) {
        this.mapper = mapper;
        this.embeddedDecoder = embeddedDecoder;
    }

    /** The JSON object of the message's fields; throws IllegalArgumentException on embedded raw data that is not JSON. */
    ObjectNode toJson(Message message) {
        ObjectNode out = NODES.objectNode();
        putFields(out, message);
        return out;
    }

    private void putFields(ObjectNode out, Message message) {
        for (FieldDescriptor field : message.getDescriptorForType().getFields()) {
            if (FieldNaming.isInline(field)) {
                if (message.hasField(field)) {
                    putFields(out, (Message) message.getField(field));
                }
            } else if (field.isMapField()) {
                List<?> entries = (List<?>) message.getField(field);
                if (!entries.isEmpty()) {
                    out.set(FieldNaming.jsonName(field), map(field, entries));
                }
            } else if (field.isRepeated()) {
                List<?> elements = (List<?>) message.getField(field);
                // a List's items are never omitted, even when empty
                if (!elements.isEmpty() || isListItems(field)) {
                    out.set(FieldNaming.jsonName(field), array(field, elements));
                }
            } else if (message.hasField(field)) {
                JsonNode value = singular(field, message.getField(field));
                if (value != null) {
                    out.set(FieldNaming.jsonName(field), value);
                }
            }
        }
    }

    private ArrayNode array(FieldDescriptor field, List<?> elements) {
        ArrayNode array = NODES.arrayNode(elements.size());
        for (Object element : elements) {
            JsonNode value = value(field, element);
            array.add(value == null ? NODES.nullNode() : value);
        }
        return array;
    }

    /** A set singular field, or null where omitempty leaves it out (an empty string, a plain zero). */
    private JsonNode singular(FieldDescriptor field, Object raw) {
        if (raw instanceof String text && text.isEmpty()) {
            return null;
        }
        if (OmittedZeros.omitsZero(field) && OmittedZeros.isZero(raw)) {
            return null;
        }
        return value(field, raw);
    }

    /** The items of a List kind: a repeated items field beside ListMeta metadata. */
    private static boolean isListItems(FieldDescriptor field) {
        if (!field.isRepeated() || !field.getName().equals("items")) {
            return false;
        }
        FieldDescriptor metadata = field.getContainingType().findFieldByName("metadata");
        return metadata != null && metadata.getType() == FieldDescriptor.Type.MESSAGE
                && metadata.getMessageType().getName().equals("ListMeta");
    }

    private ObjectNode map(FieldDescriptor field, List<?> entries) {
        Descriptor entryType = field.getMessageType();
        FieldDescriptor keyField = entryType.findFieldByNumber(1);
        FieldDescriptor valueField = entryType.findFieldByNumber(2);
        ObjectNode map = NODES.objectNode();
        for (Object entry : entries) {
            Message e = (Message) entry;
            JsonNode value = value(valueField, e.getField(valueField));
            map.set(String.valueOf(e.getField(keyField)), value == null ? NODES.nullNode() : value);
        }
        return map;
    }

    /** The JSON of one value, or null when it has no JSON form (a zero Time, an empty RawExtension). */
    private JsonNode value(FieldDescriptor field, Object value) {
        return switch (field.getJavaType()) {
            case INT -> NODES.numberNode((Integer) value);
            case LONG -> number((Long) value);
            case FLOAT -> decimal((Float) value);
            case DOUBLE -> decimal((Double) value);
            case BOOLEAN -> NODES.booleanNode((Boolean) value);
            case STRING -> NODES.textNode((String) value);
            case BYTE_STRING -> NODES.textNode(Base64.getEncoder().encodeToString(((ByteString) value).toByteArray()));
            case ENUM -> NODES.textNode(((EnumValueDescriptor) value).getName());
            case MESSAGE -> special((Message) value);
        };
    }

    /** The node Jackson itself would parse from the number's text, so trees compare equal. */
    private static JsonNode number(long value) {
        return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
    }

    /** Go writes a whole float64 without a fraction ({@code minimum: 1}), so a whole value becomes an integer node. */
    private static JsonNode decimal(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
            return number((long) value);
        }
        return NODES.numberNode(value);
    }

    private JsonNode special(Message message) {
        Descriptor type = message.getDescriptorForType();
        return switch (SpecialType.of(type)) {
            case NONE -> toJson(message);
            case TIME -> message.getAllFields().isEmpty() ? null
                    : NODES.textNode(GoTime.formatTime(seconds(message)));
            case MICRO_TIME -> message.getAllFields().isEmpty() ? null
                    : NODES.textNode(GoTime.formatMicroTime(seconds(message), nanos(message)));
            case DURATION -> NODES.textNode(GoTime.formatDuration((Long) field(message, "duration")));
            case QUANTITY -> {
                String quantity = (String) field(message, "string");
                yield NODES.textNode(quantity.isEmpty() ? "0" : quantity);
            }
            case INT_OR_STRING -> (Long) field(message, "type") == 1L
                    ? NODES.textNode((String) field(message, "strVal"))
                    : NODES.numberNode((Integer) field(message, "intVal"));
            case RAW_EXTENSION -> embedded((ByteString) message.getField(type.getFields().getFirst()));
            case RAW_JSON -> rawJson((ByteString) message.getField(type.getFields().getFirst()));
            case STRING_LIST -> array(type.getFields().getFirst(), (List<?>) message.getField(type.getFields().getFirst()));
            case SCHEMA_OR_ARRAY -> schemaOr(message, "jSONSchemas");
            case SCHEMA_OR_STRING_ARRAY -> schemaOr(message, "property");
            case SCHEMA_OR_BOOL -> {
                FieldDescriptor schema = type.findFieldByName("schema");
                yield message.hasField(schema)
                        ? toJson((Message) message.getField(schema))
                        : NODES.booleanNode((Boolean) field(message, "allows"));
            }
        };
    }

    private JsonNode schemaOr(Message message, String arrayField) {
        Descriptor type = message.getDescriptorForType();
        FieldDescriptor schema = type.findFieldByName("schema");
        if (message.hasField(schema)) {
            return toJson((Message) message.getField(schema));
        }
        FieldDescriptor items = type.findFieldByName(arrayField);
        return array(items, (List<?>) message.getField(items));
    }

    private JsonNode embedded(ByteString raw) {
        if (raw.isEmpty()) {
            return null;
        }
        if (Envelope.hasMagic(raw)) {
            return embeddedDecoder.apply(raw.toByteArray());
        }
        return rawJson(raw);
    }

    private JsonNode rawJson(ByteString raw) {
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return mapper.readTree(raw.newInput());
        } catch (IOException e) {
            throw new IllegalArgumentException("embedded raw data is neither JSON nor protobuf");
        }
    }

    private static Object field(Message message, String name) {
        return message.getField(message.getDescriptorForType().findFieldByName(name));
    }

    private static long seconds(Message time) {
        return (Long) field(time, "seconds");
    }

    private static int nanos(Message time) {
        return (Integer) field(time, "nanos");
    }
}
