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
import java.io.IOException;
import java.util.Base64;
import java.util.List;

/**
 * Turns an encoded Kubernetes message into the JSON tree the JSON API shows for the same object:
 * unset fields, empty strings, empty lists and maps are left out (Kubernetes marks nearly all of
 * them omitempty); set numbers and booleans are kept even when zero, because a Go pointer field set
 * to zero (replicas: 0, runAsUser: 0) means something, except the plain fields {@link OmittedZeros}
 * lists. Thread-safe.
 */
final class WireToJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final FieldPlans plans;
    private final WireReader reader = new WireReader();
    private final ObjectMapper mapper;
    private final EmbeddedDecoder embeddedDecoder;

    /** Decodes a RawExtension that carries a protobuf-encoded object (the {@code k8s\0} envelope). */
    @FunctionalInterface
    interface EmbeddedDecoder {
        /** The object of an enveloped body found {@code depth} RawExtensions deep. */
        ObjectNode decode(byte[] body, int depth);
    }

    WireToJson(FieldPlans plans, ObjectMapper mapper, EmbeddedDecoder embeddedDecoder) {
        this.plans = plans;
        this.mapper = mapper;
        this.embeddedDecoder = embeddedDecoder;
    }

    /**
     * The JSON object of an encoded message that sits {@code depth} RawExtensions deep; throws
     * IllegalArgumentException when the bytes do not parse.
     */
    ObjectNode decode(ByteString data, Descriptor type, int depth) {
        return new Conversion(depth).object(reader.read(data, type), type);
    }

    /** One decoding, which knows how deep in embedded objects it is. */
    private final class Conversion {

        private final int depth;

        Conversion(int depth) {
            this.depth = depth;
        }

        private ObjectNode object(Object[] values, Descriptor type) {
            ObjectNode out = NODES.objectNode();
            putFields(out, values, type);
            return out;
        }

        private void putFields(ObjectNode out, Object[] values, Descriptor type) {
            List<FieldPlans.Plan> fields = plans.of(type);
            for (int i = 0; i < values.length; i++) {
                FieldPlans.Plan plan = fields.get(i);
                FieldDescriptor field = plan.field();
                Object value = values[i];
                if (field.isRepeated()) {
                    List<?> elements = value == null ? List.of() : (List<?>) value;
                    if (field.isMapField() && !elements.isEmpty()) {
                        out.set(plan.jsonName(), map(field, elements));
                    } else if (!field.isMapField() && (!elements.isEmpty() || plan.listItems())) {
                        // a List's items are never omitted, even when empty
                        out.set(plan.jsonName(), array(field, elements));
                    }
                } else if (value == null) {
                    continue;
                } else if (plan.inline()) {
                    putFields(out, (Object[]) value, field.getMessageType());
                } else if (!(plan.omitsZero() && OmittedZeros.isZero(value))
                        && !(value instanceof String text && text.isEmpty())) {
                    JsonNode node = value(field, value);
                    if (node != null) {
                        out.set(plan.jsonName(), node);
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

        private ObjectNode map(FieldDescriptor field, List<?> entries) {
            FieldDescriptor keyField = field.getMessageType().findFieldByNumber(1);
            FieldDescriptor valueField = field.getMessageType().findFieldByNumber(2);
            ObjectNode map = NODES.objectNode();
            for (Object entry : entries) {
                Object[] pair = (Object[]) entry;
                Object key = pair[keyField.getIndex()];
                Object raw = pair[valueField.getIndex()];
                JsonNode value = raw != null ? value(valueField, raw) : defaultValue(valueField);
                map.set(key == null ? "" : key.toString(), value == null ? NODES.nullNode() : value);
            }
            return map;
        }

        /** A map entry without its value holds the value type's zero, as in Go. */
        private JsonNode defaultValue(FieldDescriptor field) {
            return field.getType() == FieldDescriptor.Type.MESSAGE
                    ? special(new Object[field.getMessageType().getFields().size()], field.getMessageType())
                    : value(field, field.getDefaultValue());
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
                case ENUM -> enumName(field, value);
                case MESSAGE -> special((Object[]) value, field.getMessageType());
            };
        }

        private static JsonNode enumName(FieldDescriptor field, Object value) {
            if (value instanceof EnumValueDescriptor constant) {
                return NODES.textNode(constant.getName());
            }
            EnumValueDescriptor constant = field.getEnumType().findValueByNumber((Integer) value);
            return constant != null ? NODES.textNode(constant.getName()) : NODES.numberNode((Integer) value);
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

        private JsonNode special(Object[] values, Descriptor type) {
            return switch (plans.special(type)) {
                case NONE -> object(values, type);
                case TIME -> isEmpty(values) ? null : NODES.textNode(GoTime.formatTime(longField(values, type, "seconds")));
                case MICRO_TIME -> isEmpty(values) ? null : NODES.textNode(GoTime.formatMicroTime(
                        longField(values, type, "seconds"), (int) longField(values, type, "nanos")));
                case DURATION -> NODES.textNode(GoTime.formatDuration(longField(values, type, "duration")));
                case QUANTITY -> {
                    Object quantity = field(values, type, "string");
                    yield NODES.textNode(quantity == null || quantity.toString().isEmpty() ? "0" : quantity.toString());
                }
                case INT_OR_STRING -> {
                    if (longField(values, type, "type") == 1) {
                        Object text = field(values, type, "strVal");
                        yield NODES.textNode(text == null ? "" : text.toString());
                    }
                    yield NODES.numberNode((int) longField(values, type, "intVal"));
                }
                case RAW_EXTENSION -> embedded((ByteString) values[0]);
                case RAW_JSON -> rawJson((ByteString) values[0]);
                case STRING_LIST -> array(type.getFields().getFirst(), list(values[0]));
                case SCHEMA_OR_ARRAY -> schemaOr(values, type, "jSONSchemas");
                case SCHEMA_OR_STRING_ARRAY -> schemaOr(values, type, "property");
                case SCHEMA_OR_BOOL -> {
                    Object schema = field(values, type, "schema");
                    yield schema != null ? special((Object[]) schema, type.findFieldByName("schema").getMessageType())
                            : NODES.booleanNode(Boolean.TRUE.equals(field(values, type, "allows")));
                }
            };
        }

        private JsonNode schemaOr(Object[] values, Descriptor type, String arrayField) {
            Object schema = field(values, type, "schema");
            if (schema != null) {
                return special((Object[]) schema, type.findFieldByName("schema").getMessageType());
            }
            FieldDescriptor items = type.findFieldByName(arrayField);
            return array(items, list(values[items.getIndex()]));
        }

        private JsonNode embedded(ByteString raw) {
            if (raw == null || raw.isEmpty()) {
                return null;
            }
            if (Envelope.hasMagic(raw)) {
                return embeddedDecoder.decode(raw.toByteArray(), depth + 1);
            }
            return rawJson(raw);
        }

        private JsonNode rawJson(ByteString raw) {
            if (raw == null || raw.isEmpty()) {
                return null;
            }
            try {
                return mapper.readTree(raw.newInput());
            } catch (IOException e) {
                throw new IllegalArgumentException("embedded raw data is neither JSON nor protobuf");
            }
        }

        private static boolean isEmpty(Object[] values) {
            for (Object value : values) {
                if (value != null) {
                    return false;
                }
            }
            return true;
        }

        private static List<?> list(Object value) {
            return value == null ? List.of() : (List<?>) value;
        }

        private static Object field(Object[] values, Descriptor type, String name) {
            return values[type.findFieldByName(name).getIndex()];
        }

        private static long longField(Object[] values, Descriptor type, String name) {
            Object value = field(values, type, name);
            return value == null ? 0 : ((Number) value).longValue();
        }
    }
}
