package io.j8s.apimachinery.protobuf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes the protobuf encoding of a Kubernetes JSON object straight from the JSON tree, field by
 * field from the message descriptor. Fields absent or null in JSON are not written; JSON members
 * the message lacks are ignored, as a non-strict Go decoder does. Thread-safe.
 */
final class JsonToWire {

    private final FieldPlans plans;
    private final ObjectMapper mapper;

    JsonToWire(FieldPlans plans, ObjectMapper mapper) {
        this.plans = plans;
        this.mapper = mapper;
    }

    /** The encoded message; throws IllegalArgumentException naming the path of a value that does not fit. */
    byte[] encode(JsonNode json, Descriptor type) {
        WireBuffer out = new WireBuffer();
        writeMessage(out, json, type, "");
        return out.toByteArray();
    }

    private void writeMessage(WireBuffer out, JsonNode json, Descriptor type, String path) {
        if (!json.isObject()) {
            throw mismatch(path, json, "object");
        }
        for (FieldPlans.Plan plan : plans.of(type)) {
            FieldDescriptor field = plan.field();
            if (plan.inline()) {
                WireBuffer embedded = new WireBuffer();
                writeMessage(embedded, json, field.getMessageType(), path);
                if (embedded.size() > 0) {
                    out.message(field.getNumber(), embedded);
                }
                continue;
            }
            JsonNode value = json.get(plan.jsonName());
            if (value == null || value.isNull()) {
                continue;
            }
            String fieldPath = path.isEmpty() ? plan.jsonName() : path + "." + plan.jsonName();
            if (field.isMapField()) {
                writeMap(out, field, value, fieldPath);
            } else if (field.isRepeated()) {
                if (!value.isArray()) {
                    throw mismatch(fieldPath, value, "array");
                }
                for (int i = 0; i < value.size(); i++) {
                    if (!value.get(i).isNull()) {
                        writeValue(out, field, value.get(i), fieldPath + "[" + i + "]");
                    }
                }
            } else {
                writeValue(out, field, value, fieldPath);
            }
        }
    }

    private void writeMap(WireBuffer out, FieldDescriptor field, JsonNode value, String path) {
        if (!value.isObject()) {
            throw mismatch(path, value, "object");
        }
        FieldDescriptor keyField = field.getMessageType().findFieldByNumber(1);
        FieldDescriptor valueField = field.getMessageType().findFieldByNumber(2);
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            WireBuffer entry = new WireBuffer();
            entry.string(keyField.getNumber(), member.getKey());
            if (!member.getValue().isNull()) {
                writeValue(entry, valueField, member.getValue(), path + "." + member.getKey());
            }
            out.message(field.getNumber(), entry);
        }
    }

    private void writeValue(WireBuffer out, FieldDescriptor field, JsonNode value, String path) {
        int number = field.getNumber();
        switch (field.getType()) {
            case INT32, SINT32, UINT32, FIXED32, SFIXED32 -> writeInt(out, field, intValue(value, path), number);
            case INT64, SINT64, UINT64, FIXED64, SFIXED64 -> writeLong(out, field, longValue(value, path), number);
            case DOUBLE -> {
                out.tag(number, WireBuffer.FIXED64);
                out.fixed64(Double.doubleToRawLongBits(number(value, path)));
            }
            case FLOAT -> {
                out.tag(number, WireBuffer.FIXED32);
                out.fixed32(Float.floatToRawIntBits((float) number(value, path)));
            }
            case BOOL -> {
                if (!value.isBoolean()) {
                    throw mismatch(path, value, "bool");
                }
                out.tag(number, WireBuffer.VARINT);
                out.varint(value.booleanValue() ? 1 : 0);
            }
            case STRING -> {
                if (!value.isTextual()) {
                    throw mismatch(path, value, "string");
                }
                out.string(number, value.textValue());
            }
            case BYTES -> out.lengthDelimited(number, base64(value, path));
            case ENUM -> {
                var constant = value.isTextual() ? field.getEnumType().findValueByName(value.textValue()) : null;
                if (constant == null) {
                    throw mismatch(path, value, field.getEnumType().getName());
                }
                out.tag(number, WireBuffer.VARINT);
                out.varint(constant.getNumber());
            }
            case MESSAGE -> {
                WireBuffer nested = new WireBuffer();
                writeSpecial(nested, field.getMessageType(), value, path);
                out.message(number, nested);
            }
            case GROUP -> throw new IllegalArgumentException(path + ": groups are not part of Kubernetes protobuf");
        }
    }

    private static void writeInt(WireBuffer out, FieldDescriptor field, int value, int number) {
        switch (field.getType()) {
            case FIXED32, SFIXED32 -> {
                out.tag(number, WireBuffer.FIXED32);
                out.fixed32(value);
            }
            case SINT32 -> {
                out.tag(number, WireBuffer.VARINT);
                out.varint(((value << 1) ^ (value >> 31)) & 0xFFFFFFFFL);
            }
            case UINT32 -> {
                out.tag(number, WireBuffer.VARINT);
                out.varint(value & 0xFFFFFFFFL);
            }
            default -> {
                out.tag(number, WireBuffer.VARINT);
                out.varint(value); // negative int32 is sign-extended to ten bytes, as protobuf specifies
            }
        }
    }

    private static void writeLong(WireBuffer out, FieldDescriptor field, long value, int number) {
        switch (field.getType()) {
            case FIXED64, SFIXED64 -> {
                out.tag(number, WireBuffer.FIXED64);
                out.fixed64(value);
            }
            case SINT64 -> {
                out.tag(number, WireBuffer.VARINT);
                out.varint((value << 1) ^ (value >> 63));
            }
            default -> {
                out.tag(number, WireBuffer.VARINT);
                out.varint(value);
            }
        }
    }

    /** Messages with a JSON form of their own (times, quantities, int-or-string, raw JSON...). */
    private void writeSpecial(WireBuffer out, Descriptor type, JsonNode value, String path) {
        switch (plans.special(type)) {
            case NONE -> writeMessage(out, value, type, path);
            case TIME, MICRO_TIME -> {
                if (!value.isTextual()) {
                    throw mismatch(path, value, "RFC 3339 time string");
                }
                if (!value.textValue().isEmpty()) {
                    Instant instant = parse(path, () -> GoTime.parseTime(value.textValue()));
                    writeLong(out, field(type, "seconds"), instant.getEpochSecond(), field(type, "seconds").getNumber());
                    writeInt(out, field(type, "nanos"), instant.getNano(), field(type, "nanos").getNumber());
                }
            }
            case DURATION -> {
                if (!value.isTextual()) {
                    throw mismatch(path, value, "duration string");
                }
                long nanos = parse(path, () -> GoTime.parseDuration(value.textValue()));
                writeLong(out, field(type, "duration"), nanos, field(type, "duration").getNumber());
            }
            case QUANTITY -> {
                if (!value.isTextual() && !value.isNumber()) {
                    throw mismatch(path, value, "quantity");
                }
                out.string(field(type, "string").getNumber(), value.asText());
            }
            case INT_OR_STRING -> writeIntOrString(out, type, value, path);
            case RAW_EXTENSION, RAW_JSON -> out.lengthDelimited(type.getFields().getFirst().getNumber(), json(value));
            case STRING_LIST -> writeArray(out, type.getFields().getFirst(), value, path);
            case SCHEMA_OR_ARRAY -> writeSchemaOr(out, type, value, path, "jSONSchemas");
            case SCHEMA_OR_STRING_ARRAY -> writeSchemaOr(out, type, value, path, "property");
            case SCHEMA_OR_BOOL -> {
                FieldDescriptor allows = field(type, "allows");
                out.tag(allows.getNumber(), WireBuffer.VARINT);
                if (value.isBoolean()) {
                    out.varint(value.booleanValue() ? 1 : 0);
                } else {
                    out.varint(1);
                    writeValue(out, field(type, "schema"), value, path);
                }
            }
        }
    }

    private void writeIntOrString(WireBuffer out, Descriptor type, JsonNode value, String path) {
        FieldDescriptor kind = field(type, "type");
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            writeLong(out, kind, 0, kind.getNumber());
            writeInt(out, field(type, "intVal"), value.intValue(), field(type, "intVal").getNumber());
        } else if (value.isTextual()) {
            writeLong(out, kind, 1, kind.getNumber());
            out.string(field(type, "strVal").getNumber(), value.textValue());
        } else {
            throw mismatch(path, value, "int or string");
        }
    }

    private void writeSchemaOr(WireBuffer out, Descriptor type, JsonNode value, String path, String arrayField) {
        if (value.isArray()) {
            writeArray(out, field(type, arrayField), value, path);
        } else {
            writeValue(out, field(type, "schema"), value, path);
        }
    }

    private void writeArray(WireBuffer out, FieldDescriptor items, JsonNode value, String path) {
        if (!value.isArray()) {
            throw mismatch(path, value, "array");
        }
        for (int i = 0; i < value.size(); i++) {
            writeValue(out, items, value.get(i), path + "[" + i + "]");
        }
    }

    private static FieldDescriptor field(Descriptor type, String name) {
        return type.findFieldByName(name);
    }

    private static int intValue(JsonNode value, String path) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw mismatch(path, value, "int32");
        }
        return value.intValue();
    }

    private static long longValue(JsonNode value, String path) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw mismatch(path, value, "int64");
        }
        return value.longValue();
    }

    private static double number(JsonNode value, String path) {
        if (!value.isNumber()) {
            throw mismatch(path, value, "number");
        }
        return value.doubleValue();
    }

    private static byte[] base64(JsonNode value, String path) {
        if (!value.isTextual()) {
            throw mismatch(path, value, "base64 string");
        }
        try {
            return Base64.getDecoder().decode(value.textValue());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": illegal base64 data");
        }
    }

    private byte[] json(JsonNode value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static <T> T parse(String path, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage());
        }
    }

    private static IllegalArgumentException mismatch(String path, JsonNode value, String expected) {
        String where = path.isEmpty() ? "the object" : "field " + path;
        return new IllegalArgumentException("cannot unmarshal " + value.getNodeType().name().toLowerCase()
                + " into " + where + " of type " + expected);
    }
}
