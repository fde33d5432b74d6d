package io.j8s.apimachinery.protobuf;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import io.kubernetes.client.proto.Runtime;

/**
 * The frame of every protobuf body: the 4 bytes {@code k8s\0} followed by a {@code runtime.Unknown}
 * whose typeMeta names the kind and whose raw field holds the encoded object.
 */
final class Envelope {

    private static final byte[] MAGIC = {'k', '8', 's', 0};

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
        Runtime.Unknown unknown = Runtime.Unknown.newBuilder()
                .setTypeMeta(Runtime.TypeMeta.newBuilder().setApiVersion(apiVersion).setKind(kind))
                .setRaw(raw)
                .setContentEncoding("")
                .setContentType("")
                .build();
        byte[] out = new byte[MAGIC.length + unknown.getSerializedSize()];
        System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
        try {
            unknown.writeTo(com.google.protobuf.CodedOutputStream.newInstance(out, MAGIC.length, out.length - MAGIC.length));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("writing into an array of the exact size cannot fail", e);
        }
        return out;
    }

    /** The Unknown of a body; throws IllegalArgumentException when the magic is missing or the bytes are not an Unknown. */
    static Runtime.Unknown unwrap(byte[] body) {
        if (body == null || !hasMagic(ByteString.copyFrom(body, 0, Math.min(body.length, MAGIC.length)))) {
            throw new IllegalArgumentException("provided object is not a protobuf message: the k8s\\0 prefix is missing");
        }
        try {
            CodedInputStream in = CodedInputStream.newInstance(body, MAGIC.length, body.length - MAGIC.length);
            Runtime.Unknown unknown = Runtime.Unknown.parseFrom(in);
            return unknown;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the protobuf envelope is malformed: " + e.getMessage());
        }
    }
}
