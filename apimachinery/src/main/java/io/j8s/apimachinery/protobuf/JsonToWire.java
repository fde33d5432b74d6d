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
        try {
            writeMessage(out, json, type);
        } catch (Mismatch e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        return out.toByteArray();
    }

    private void writeMessage(WireBuffer out, JsonNode json, Descriptor type) {
        if (!json.isObject()) {
            throw new Mismatch(json, "object");
        }
        for (FieldPlans.Plan plan : plans.of(type)) {
            FieldDescriptor field = plan.field();
            if (plan.inline()) {
                WireBuffer embedded = new WireBuffer();
                writeMessage(embedded, json, field.getMessageType());
                if (embedded.size() > 0) {
                    out.message(field.getNumber(), embedded);
                }
                continue;
            }
            JsonNode value = json.get(plan.jsonName());
            if (value == null || value.isNull()) {
                continue;
            }
            try {
                writeField(out, field, value);
            } catch (Mismatch e) {
                throw e.at(plan.jsonName());
            }
        }
    }

    private void writeField(WireBuffer out, FieldDescriptor field, JsonNode value) {
        if (field.isMapField()) {
            writeMap(out, field, value);
        } else if (field.isRepeated()) {
            writeArray(out, field, value);
        } else {
            writeValue(out, field, value);
        }
    }

    private void writeMap(WireBuffer out, FieldDescriptor field, JsonNode value) {
        if (!value.isObject()) {
            throw new Mismatch(value, "object");
        }
        FieldDescriptor keyField = field.getMessageType().findFieldByNumber(1);
        FieldDescriptor valueField = field.getMessageType().findFieldByNumber(2);
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            WireBuffer entry = new WireBuffer();
            entry.string(keyField.getNumber(), member.getKey());
            if (!member.getValue().isNull()) {
                try {
                    writeValue(entry, valueField, member.getValue());
                } catch (Mismatch e) {
                    throw e.at(member.getKey());
                }
            }
            out.message(field.getNumber(), entry);
        }
    }

    private void writeValue(WireBuffer out, FieldDescriptor field, JsonNode value) {
        int number = field.getNumber();
        switch (field.getType()) {
            case INT32, SINT32, UINT32, FIXED32, SFIXED32 -> writeInt(out, field, intValue(value), number);
            case INT64, SINT64, UINT64, FIXED64, SFIXED64 -> writeLong(out, field, longValue(value), number);
            case DOUBLE -> {
                out.tag(number, WireBuffer.FIXED64);
                out.fixed64(Double.doubleToRawLongBits(number(value)));
            }
            case FLOAT -> {
                out.tag(number, WireBuffer.FIXED32);
                out.fixed32(Float.floatToRawIntBits((float) number(value)));
            }
            case BOOL -> {
                if (!value.isBoolean()) {
                    throw new Mismatch(value, "bool");
                }
                out.tag(number, WireBuffer.VARINT);
                out.varint(value.booleanValue() ? 1 : 0);
            }
            case STRING -> {
                if (!value.isTextual()) {
                    throw new Mismatch(value, "string");
                }
                out.string(number, value.textValue());
            }
            case BYTES -> out.lengthDelimited(number, base64(value));
            case ENUM -> {
                var constant = value.isTextual() ? field.getEnumType().findValueByName(value.textValue()) : null;
                if (constant == null) {
                    throw new Mismatch(value, field.getEnumType().getName());
                }
                out.tag(number, WireBuffer.VARINT);
                out.varint(constant.getNumber());
            }
            case MESSAGE -> {
                WireBuffer nested = new WireBuffer();
                writeSpecial(nested, field.getMessageType(), value);
                out.message(number, nested);
            }
            case GROUP -> throw new Mismatch(value, "a group, which Kubernetes protobuf does not use");
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
    private void writeSpecial(WireBuffer out, Descriptor type, JsonNode value) {
        switch (plans.special(type)) {
            case NONE -> writeMessage(out, value, type);
            case TIME, MICRO_TIME -> {
                if (!value.isTextual()) {
                    throw new Mismatch(value, "RFC 3339 time string");
                }
                if (!value.textValue().isEmpty()) {
                    Instant instant = parse(value, () -> GoTime.parseTime(value.textValue()));
                    writeLong(out, field(type, "seconds"), instant.getEpochSecond(), field(type, "seconds").getNumber());
                    writeInt(out, field(type, "nanos"), instant.getNano(), field(type, "nanos").getNumber());
                }
            }
            case DURATION -> {
                if (!value.isTextual()) {
                    throw new Mismatch(value, "duration string");
                }
                long nanos = parse(value, () -> GoTime.parseDuration(value.textValue()));
                writeLong(out, field(type, "duration"), nanos, field(type, "duration").getNumber());
            }
            case QUANTITY -> {
                if (!value.isTextual() && !value.isNumber()) {
                    throw new Mismatch(value, "quantity");
                }
                // 1e9 as a JSON number must become "1000000000", never Java's "1.0E9"
                String quantity = value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString()
                        : value.textValue();
                out.string(field(type, "string").getNumber(), quantity);
            }
            case INT_OR_STRING -> writeIntOrString(out, type, value);
            case RAW_EXTENSION, RAW_JSON -> out.lengthDelimited(type.getFields().getFirst().getNumber(), json(value));
            case STRING_LIST -> writeArray(out, type.getFields().getFirst(), value);
            case SCHEMA_OR_ARRAY -> writeSchemaOr(out, type, value, "jSONSchemas");
            case SCHEMA_OR_STRING_ARRAY -> writeSchemaOr(out, type, value, "property");
            case SCHEMA_OR_BOOL -> {
                FieldDescriptor allows = field(type, "allows");
                out.tag(allows.getNumber(), WireBuffer.VARINT);
                if (value.isBoolean()) {
                    out.varint(value.booleanValue() ? 1 : 0);
                } else {
                    out.varint(1);
                    writeValue(out, field(type, "schema"), value);
                }
            }
        }
    }

    private void writeIntOrString(WireBuffer out, Descriptor type, JsonNode value) {
        FieldDescriptor kind = field(type, "type");
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            writeLong(out, kind, 0, kind.getNumber());
            writeInt(out, field(type, "intVal"), value.intValue(), field(type, "intVal").getNumber());
        } else if (value.isTextual()) {
            writeLong(out, kind, 1, kind.getNumber());
            out.string(field(type, "strVal").getNumber(), value.textValue());
        } else {
            throw new Mismatch(value, "int or string");
        }
    }

    private void writeSchemaOr(WireBuffer out, Descriptor type, JsonNode value, String arrayField) {
        if (value.isArray()) {
            writeArray(out, field(type, arrayField), value);
        } else {
            writeValue(out, field(type, "schema"), value);
        }
    }

    private void writeArray(WireBuffer out, FieldDescriptor items, JsonNode value) {
        if (!value.isArray()) {
            throw new Mismatch(value, "array");
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isNull()) {
                continue;
            }
            try {
                writeValue(out, items, value.get(i));
            } catch (Mismatch e) {
                throw e.at("[" + i + "]");
            }
        }
    }

    private static FieldDescriptor field(Descriptor type, String name) {
        return type.findFieldByName(name);
    }

    /** Whole numbers only; 3.0 counts, as a tree built from YAML may hold one. */
    private static int intValue(JsonNode value) {
        if (!isWhole(value) || !value.canConvertToInt()) {
            throw new Mismatch(value, "int32");
        }
        return value.intValue();
    }

    private static long longValue(JsonNode value) {
        if (!isWhole(value) || !value.canConvertToLong()) {
            throw new Mismatch(value, "int64");
        }
        return value.longValue();
    }

    private static boolean isWhole(JsonNode value) {
        return value.isIntegralNumber()
                || value.isFloatingPointNumber() && value.doubleValue() == Math.rint(value.doubleValue());
    }

    private static double number(JsonNode value) {
        if (!value.isNumber()) {
            throw new Mismatch(value, "number");
        }
        return value.doubleValue();
    }

    private static byte[] base64(JsonNode value) {
        if (!value.isTextual()) {
            throw new Mismatch(value, "base64 string");
        }
        try {
            return Base64.getDecoder().decode(value.textValue());
        } catch (IllegalArgumentException e) {
            throw new Mismatch(value, "base64 string (illegal base64 data)");
        }
    }

    private byte[] json(JsonNode value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static <T> T parse(JsonNode value, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new Mismatch(e.getMessage());
        }
    }

    /**
     * A JSON value that does not fit its field. The path is assembled only on the way out, by each
     * enclosing field adding its name, so that a valid object costs no path building.
     */
    private static final class Mismatch extends RuntimeException {

        private final String problem;
        private final StringBuilder path = new StringBuilder();

        Mismatch(JsonNode value, String expected) {
            this("cannot unmarshal " + value.getNodeType().name().toLowerCase() + " into " + expected);
        }

        Mismatch(String problem) {
            super(null, null, false, false);
            this.problem = problem;
        }

        Mismatch at(String segment) {
            if (!path.isEmpty() && path.charAt(0) != '[') {
                path.insert(0, '.');
            }
            path.insert(0, segment);
            return this;
        }

        @Override
        public String getMessage() {
            return (path.isEmpty() ? "the object" : "field " + path) + ": " + problem;
        }
    }
}
