package io.j8s.apimachinery.protobuf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array that protobuf fields are written into. Nested messages are written into a
 * buffer of their own and appended with their length, as protobuf needs the length first.
 * Not thread-safe; one per encoding.
 */
final class WireBuffer {

    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int FIXED32 = 5;

    private byte[] bytes = new byte[64];
    private int size;

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    void tag(int fieldNumber, int wireType) {
        varint(((long) fieldNumber << 3) | wireType);
    }

    void varint(long value) {
        ensure(10);
        long v = value;
        while ((v & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    void fixed32(int value) {
        ensure(4);
        for (int i = 0; i < 4; i++) {
            bytes[size++] = (byte) (value >>> (8 * i));
        }
    }

    void fixed64(long value) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            bytes[size++] = (byte) (value >>> (8 * i));
        }
    }

    void lengthDelimited(int fieldNumber, byte[] data, int length) {
        tag(fieldNumber, LENGTH_DELIMITED);
        varint(length);
        ensure(length);
        System.arraycopy(data, 0, bytes, size, length);
        size += length;
    }

    void lengthDelimited(int fieldNumber, byte[] data) {
        lengthDelimited(fieldNumber, data, data.length);
    }

    void message(int fieldNumber, WireBuffer nested) {
        lengthDelimited(fieldNumber, nested.bytes, nested.size);
    }

    void string(int fieldNumber, String value) {
        lengthDelimited(fieldNumber, value.getBytes(StandardCharsets.UTF_8));
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
