package io.j8s.storage.embedded;

import io.j8s.storage.KeyValue;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The binary form of one write-ahead log record: {@code int length, int crc32c, payload}, where the
 * payload is {@code byte type, long revision} followed, for a put, by {@code long createRevision,
 * long version, int keyLength, key, int valueLength, value} and, for a delete, by
 * {@code int keyLength, key}. A compaction has no more fields. Integers are big-endian.
 */
final class LogRecord {

    static final int HEADER_BYTES = 8;
    static final byte PUT = 1;
    static final byte DELETE = 2;
    static final byte COMPACT = 3;

    /** A decoded record: a version or tombstone ({@code version}), or a compaction at {@code revision}. */
    record Decoded(byte type, long revision, KeyValue version) {}

    private LogRecord() {}

    /** Upper bound of the bytes {@link #encode} writes for this version. */
    static int maxSize(KeyValue version) {
        int value = version.value() == null ? 0 : version.value().length;
        return HEADER_BYTES + 1 + 8 * 3 + 4 + version.key().length() * 3 + 4 + value;
    }

    /** Appends one put or delete record at the buffer's position. */
    static void encode(KeyValue version, ByteBuffer out, CRC32C crc) {
        int headerAt = out.position();
        out.position(headerAt + HEADER_BYTES);
        byte[] key = version.key().getBytes(StandardCharsets.UTF_8);
        if (version.value() == null) {
            out.put(DELETE).putLong(version.modRevision()).putInt(key.length).put(key);
        } else {
            out.put(PUT).putLong(version.modRevision()).putLong(version.createRevision()).putLong(version.version())
                    .putInt(key.length).put(key).putInt(version.value().length).put(version.value());
        }
        seal(out, headerAt, crc);
    }

    static void encodeCompaction(long revision, ByteBuffer out, CRC32C crc) {
        int headerAt = out.position();
        out.position(headerAt + HEADER_BYTES);
        out.put(COMPACT).putLong(revision);
        seal(out, headerAt, crc);
    }

    private static void seal(ByteBuffer out, int headerAt, CRC32C crc) {
        int end = out.position();
        int payloadAt = headerAt + HEADER_BYTES;
        crc.reset();
        crc.update(out.slice(payloadAt, end - payloadAt));
        out.putInt(headerAt, end - payloadAt);
        out.putInt(headerAt + 4, (int) crc.getValue());
    }

    /**
     * Reads the record at the buffer's position and advances past it.
     *
     * @return the record, or null if the bytes there are not a whole record with a valid checksum
     *     (the end of the log, or a torn or corrupt tail)
     */
    static Decoded decode(ByteBuffer in, CRC32C crc) {
        if (in.remaining() < HEADER_BYTES) {
            return null;
        }
        int start = in.position();
        int length = in.getInt(start);
        int expectedCrc = in.getInt(start + 4);
        if (length < 9 || length > in.remaining() - HEADER_BYTES) {
            return null;
        }
        ByteBuffer payload = in.slice(start + HEADER_BYTES, length);
        crc.reset();
        crc.update(payload.duplicate());
        if ((int) crc.getValue() != expectedCrc) {
            return null;
        }
        try {
            Decoded decoded = parse(payload);
            in.position(start + HEADER_BYTES + length);
            return decoded;
        } catch (RuntimeException e) {
            return null; // a checksum collision on garbage: treat as corrupt
        }
    }

    private static Decoded parse(ByteBuffer p) {
        byte type = p.get();
        long revision = p.getLong();
        return switch (type) {
            case PUT -> {
                long created = p.getLong();
                long version = p.getLong();
                String key = string(p);
                byte[] value = new byte[p.getInt()];
                p.get(value);
                yield new Decoded(type, revision, new KeyValue(key, value, created, revision, version));
            }
            case DELETE -> new Decoded(type, revision, new KeyValue(string(p), null, 0, revision, 0));
            case COMPACT -> new Decoded(type, revision, null);
            default -> throw new IllegalStateException("unknown record type " + type);
        };
    }

    private static String string(ByteBuffer p) {
        byte[] bytes = new byte[p.getInt()];
        p.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
