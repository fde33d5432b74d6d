package io.j8s.apimachinery.protobuf;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of an encoded message into an array indexed like the descriptor's fields:
 * scalars boxed, nested messages as their own arrays, repeated fields as lists, a missing field as
 * null. Proto2 rules: the last value of a singular field wins, repeated numbers may come packed or
 * not, unknown fields are skipped. Thread-safe.
 */
final class WireReader {

    /** Deeper nesting than any Kubernetes type needs; stops a hostile body from exhausting the stack. */
    private static final int MAX_DEPTH = 100;

    /** The message's field values; throws IllegalArgumentException when the bytes are not such a message. */
    Object[] read(ByteString data, Descriptor type) {
        try {
            CodedInputStream in = data.newCodedInput();
            Object[] values = readMessage(in, type, 0);
            in.checkLastTagWas(0);
            return values;
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed " + type.getName() + ": " + e.getMessage());
        }
    }

    private Object[] readMessage(CodedInputStream in, Descriptor type, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("messages nested deeper than " + MAX_DEPTH);
        }
        Object[] values = new Object[type.getFields().size()];
        while (true) {
            int tag = in.readTag();
            if (tag == 0) {
                return values;
            }
            FieldDescriptor field = type.findFieldByNumber(WireFormat.getTagFieldNumber(tag));
            if (field == null) {
                in.skipField(tag);
                continue;
            }
            int wireType = WireFormat.getTagWireType(tag);
            int expected = field.getLiteType().getWireType();
            if (field.isRepeated()) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) (values[field.getIndex()] != null
                        ? values[field.getIndex()] : (values[field.getIndex()] = new ArrayList<>()));
                if (wireType == expected) {
                    list.add(readValue(in, field, depth));
                } else if (wireType == WireFormat.WIRETYPE_LENGTH_DELIMITED && field.isPackable()) {
                    int limit = in.pushLimit(in.readRawVarint32());
                    while (in.getBytesUntilLimit() > 0) {
                        list.add(readValue(in, field, depth));
                    }
                    in.popLimit(limit);
                } else {
                    throw wrongWireType(field, wireType);
                }
            } else if (wireType == expected) {
                values[field.getIndex()] = readValue(in, field, depth);
            } else {
                throw wrongWireType(field, wireType);
            }
        }
    }

    private Object readValue(CodedInputStream in, FieldDescriptor field, int depth) throws IOException {
        return switch (field.getType()) {
            case INT32 -> in.readInt32();
            case SINT32 -> in.readSInt32();
            case UINT32 -> in.readUInt32();
            case FIXED32 -> in.readFixed32();
            case SFIXED32 -> in.readSFixed32();
            case INT64 -> in.readInt64();
            case SINT64 -> in.readSInt64();
            case UINT64 -> in.readUInt64();
            case FIXED64 -> in.readFixed64();
            case SFIXED64 -> in.readSFixed64();
            case DOUBLE -> in.readDouble();
            case FLOAT -> in.readFloat();
            case BOOL -> in.readBool();
            case STRING -> in.readString();
            case BYTES -> in.readBytes();
            case ENUM -> in.readEnum();
            case MESSAGE -> {
                int limit = in.pushLimit(in.readRawVarint32());
                Object[] nested = readMessage(in, field.getMessageType(), depth + 1);
                in.checkLastTagWas(0);
                if (in.getBytesUntilLimit() != 0) {
                    throw new IllegalArgumentException("truncated " + field.getMessageType().getName());
                }
                in.popLimit(limit);
                yield nested;
            }
            case GROUP -> throw new IllegalArgumentException("groups are not part of Kubernetes protobuf");
        };
    }

    private static IllegalArgumentException wrongWireType(FieldDescriptor field, int wireType) {
        return new IllegalArgumentException("field " + field.getName() + " of " + field.getContainingType().getName()
                + " has wire type " + wireType);
    }
}
