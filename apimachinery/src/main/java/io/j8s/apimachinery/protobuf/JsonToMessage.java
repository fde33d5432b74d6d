package io.j8s.apimachinery.protobuf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * Builds the protobuf message of a Kubernetes JSON object, field by field from the message
 * descriptor. Fields absent or null in JSON stay unset; JSON members the message lacks are ignored,
 * as a non-strict Go decoder does. Thread-safe.
 */
final class JsonToMessage {

    private final MessageTypes types;
    private final ObjectMapper mapper;

    JsonToMessage(MessageTypes types, ObjectMapper mapper) {
        this.types = types;
        this.mapper = mapper;
    }

    /** The message of the given type for a JSON object; throws IllegalArgumentException naming the bad path. */
    Message toMessage(JsonNode json, Descriptor type) {
        Message.Builder builder = types.newBuilder(type);
        fillMessage(builder, json, "");
        return builder.build();
    }

    private void fillMessage(Message.Builder builder, JsonNode json, String path) {
        if (!json.isObject()) {
            throw mismatch(path, json, "object");
        }
        for (FieldDescriptor field : builder.getDescriptorForType().getFields()) {
            if (FieldNaming.isInline(field)) {
                Message.Builder embedded = builder.newBuilderForField(field);
                fillMessage(embedded, json, path);
                Message built = embedded.build();
                if (!built.getAllFields().isEmpty()) {
                    builder.setField(field, built);
                }
                continue;
            }
            String name = FieldNaming.jsonName(field);
            JsonNode value = json.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            String fieldPath = path.isEmpty() ? name : path + "." + name;
            if (field.isMapField()) {
                fillMap(builder, field, value, fieldPath);
            } else if (field.isRepeated()) {
                if (!value.isArray()) {
                    throw mismatch(fieldPath, value, "array");
                }
                for (int i = 0; i < value.size(); i++) {
                    JsonNode element = value.get(i);
                    if (!element.isNull()) {
                        builder.addRepeatedField(field, convert(builder, field, element, fieldPath + "[" + i + "]"));
                    }
                }
            } else {
                builder.setField(field, convert(builder, field, value, fieldPath));
            }
        }
    }

    private void fillMap(Message.Builder builder, FieldDescriptor field, JsonNode value, String path) {
        if (!value.isObject()) {
            throw mismatch(path, value, "object");
        }
        Descriptor entryType = field.getMessageType();
        FieldDescriptor keyField = entryType.findFieldByNumber(1);
        FieldDescriptor valueField = entryType.findFieldByNumber(2);
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            Message.Builder entry = builder.newBuilderForField(field);
            entry.setField(keyField, member.getKey());
            if (!member.getValue().isNull()) {
                entry.setField(valueField, convert(entry, valueField, member.getValue(), path + "." + member.getKey()));
            }
            builder.addRepeatedField(field, entry.build());
        }
    }

    private Object convert(Message.Builder parent, FieldDescriptor field, JsonNode value, String path) {
        return switch (field.getJavaType()) {
            case INT -> {
                if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                    throw mismatch(path, value, "int32");
                }
                yield value.intValue();
            }
            case LONG -> {
                if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                    throw mismatch(path, value, "int64");
                }
                yield value.longValue();
            }
            case DOUBLE -> {
                if (!value.isNumber()) {
                    throw mismatch(path, value, "number");
                }
                yield value.doubleValue();
            }
            case FLOAT -> {
                if (!value.isNumber()) {
                    throw mismatch(path, value, "number");
                }
                yield value.floatValue();
            }
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    throw mismatch(path, value, "bool");
                }
                yield value.booleanValue();
            }
            case STRING -> {
                if (!value.isTextual()) {
                    throw mismatch(path, value, "string");
                }
                yield value.textValue();
            }
            case BYTE_STRING -> {
                if (!value.isTextual()) {
                    throw mismatch(path, value, "base64 string");
                }
                try {
                    yield ByteString.copyFrom(Base64.getDecoder().decode(value.textValue()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(path + ": illegal base64 data");
                }
            }
            case ENUM -> {
                EnumValueDescriptor constant = value.isTextual()
                        ? field.getEnumType().findValueByName(value.textValue()) : null;
                if (constant == null) {
                    throw mismatch(path, value, field.getEnumType().getName());
                }
                yield constant;
            }
            case MESSAGE -> {
                Message.Builder nested = parent.newBuilderForField(field);
                fillSpecial(nested, value, path);
                yield nested.build();
            }
        };
    }

    private void fillSpecial(Message.Builder builder, JsonNode value, String path) {
        Descriptor type = builder.getDescriptorForType();
        switch (SpecialType.of(type)) {
            case NONE -> fillMessage(builder, value, path);
            case TIME, MICRO_TIME -> {
                if (!value.isTextual()) {
                    throw mismatch(path, value, "RFC 3339 time string");
                }
                if (!value.textValue().isEmpty()) {
                    Instant instant = parse(path, () -> GoTime.parseTime(value.textValue()));
                    builder.setField(type.findFieldByName("seconds"), instant.getEpochSecond());
                    builder.setField(type.findFieldByName("nanos"), instant.getNano());
                }
            }
            case DURATION -> {
                if (!value.isTextual()) {
                    throw mismatch(path, value, "duration string");
                }
                builder.setField(type.findFieldByName("duration"),
                        parse(path, () -> GoTime.parseDuration(value.textValue())));
            }
            case QUANTITY -> {
                if (!value.isTextual() && !value.isNumber()) {
                    throw mismatch(path, value, "quantity");
                }
                builder.setField(type.findFieldByName("string"), value.asText());
            }
            case INT_OR_STRING -> {
                if (value.isIntegralNumber() && value.canConvertToInt()) {
                    builder.setField(type.findFieldByName("type"), 0L);
                    builder.setField(type.findFieldByName("intVal"), value.intValue());
                } else if (value.isTextual()) {
                    builder.setField(type.findFieldByName("type"), 1L);
                    builder.setField(type.findFieldByName("strVal"), value.textValue());
                } else {
                    throw mismatch(path, value, "int or string");
                }
            }
            case RAW_EXTENSION, RAW_JSON -> builder.setField(type.getFields().getFirst(), ByteString.copyFrom(json(value)));
            case STRING_LIST -> {
                if (!value.isArray()) {
                    throw mismatch(path, value, "array");
                }
                FieldDescriptor items = type.getFields().getFirst();
                for (int i = 0; i < value.size(); i++) {
                    builder.addRepeatedField(items, convert(builder, items, value.get(i), path + "[" + i + "]"));
                }
            }
            case SCHEMA_OR_ARRAY -> fillSchemaOr(builder, value, path, "jSONSchemas");
            case SCHEMA_OR_STRING_ARRAY -> fillSchemaOr(builder, value, path, "property");
            case SCHEMA_OR_BOOL -> {
                if (value.isBoolean()) {
                    builder.setField(type.findFieldByName("allows"), value.booleanValue());
                } else {
                    builder.setField(type.findFieldByName("allows"), true);
                    FieldDescriptor schema = type.findFieldByName("schema");
                    builder.setField(schema, convert(builder, schema, value, path));
                }
            }
        }
    }

    private void fillSchemaOr(Message.Builder builder, JsonNode value, String path, String arrayField) {
        Descriptor type = builder.getDescriptorForType();
        if (value.isArray()) {
            FieldDescriptor items = type.findFieldByName(arrayField);
            for (int i = 0; i < value.size(); i++) {
                builder.addRepeatedField(items, convert(builder, items, value.get(i), path + "[" + i + "]"));
            }
        } else {
            FieldDescriptor schema = type.findFieldByName("schema");
            builder.setField(schema, convert(builder, schema, value, path));
        }
    }

    private byte[] json(JsonNode value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static <T> T parse(String path, java.util.function.Supplier<T> parser) {
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
