package io.j8s.apimachinery.protobuf;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import io.kubernetes.client.proto.Runtime;
import java.io.IOException;

/**
 * The frame of every protobuf body: the 4 bytes {@code k8s\0} followed by a {@code runtime.Unknown}
 * whose typeMeta names the kind and whose raw field holds the encoded object.
 */
final class Envelope {

    /** What an Unknown carries. */
    record Contents(String apiVersion, String kind, ByteString raw, String contentEncoding, String contentType) {
    }

    private static final byte[] MAGIC = {'k', '8', 's', 0};

    private static final Descriptor UNKNOWN = Runtime.Unknown.getDescriptor();
    private static final FieldDescriptor TYPE_META = UNKNOWN.findFieldByName("typeMeta");
    private static final FieldDescriptor RAW = UNKNOWN.findFieldByName("raw");
    private static final FieldDescriptor CONTENT_ENCODING = UNKNOWN.findFieldByName("contentEncoding");
    private static final FieldDescriptor CONTENT_TYPE = UNKNOWN.findFieldByName("contentType");
    private static final FieldDescriptor API_VERSION = TYPE_META.getMessageType().findFieldByName("apiVersion");
    private static final FieldDescriptor KIND = TYPE_META.getMessageType().findFieldByName("kind");

    private Envelope() {
    }

    static boolean hasMagic(ByteString data) {
        if (data.size() < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (data.byteAt(i) != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** The magic and the Unknown around an encoded object; contentEncoding and contentType stay empty as Go writes them. */
    static byte[] wrap(String apiVersion, String kind, ByteString raw) {
        Message typeMeta = DynamicMessage.newBuilder(TYPE_META.getMessageType())
                .setField(API_VERSION, apiVersion)
                .setField(KIND, kind)
                .build();
        Message unknown = DynamicMessage.newBuilder(UNKNOWN)
                .setField(TYPE_META, typeMeta)
                .setField(RAW, raw)
                .setField(CONTENT_ENCODING, "")
                .setField(CONTENT_TYPE, "")
                .build();
        byte[] out = new byte[MAGIC.length + unknown.getSerializedSize()];
        System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
        try {
            CodedOutputStream stream = CodedOutputStream.newInstance(out, MAGIC.length, out.length - MAGIC.length);
            unknown.writeTo(stream);
            stream.checkNoSpaceLeft();
        } catch (IOException e) {
            throw new IllegalStateException("writing into an array of the exact size cannot fail", e);
        }
        return out;
    }

    /** The contents of a body; throws IllegalArgumentException when the magic is missing or the bytes are not an Unknown. */
    static Contents unwrap(byte[] body) {
        if (body == null || !hasMagic(ByteString.copyFrom(body, 0, Math.min(body.length, MAGIC.length)))) {
            throw new IllegalArgumentException("provided object is not a protobuf message: the k8s\\0 prefix is missing");
        }
        DynamicMessage unknown;
        try {
            unknown = DynamicMessage.parseFrom(UNKNOWN,
                    CodedInputStream.newInstance(body, MAGIC.length, body.length - MAGIC.length));
        } catch (IOException e) {
            throw new IllegalArgumentException("the protobuf envelope is malformed: " + e.getMessage());
        }
        Message typeMeta = (Message) unknown.getField(TYPE_META);
        return new Contents(
                (String) typeMeta.getField(API_VERSION),
                (String) typeMeta.getField(KIND),
                (ByteString) unknown.getField(RAW),
                (String) unknown.getField(CONTENT_ENCODING),
                (String) unknown.getField(CONTENT_TYPE));
    }
}
