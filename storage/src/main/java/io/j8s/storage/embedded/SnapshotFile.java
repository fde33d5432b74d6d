package io.j8s.storage.embedded;

import io.j8s.storage.KeyValue;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * A snapshot of the index at one revision: every key's retained versions, so reads at past
 * revisions and watches from them survive a restart. Layout: magic, {@code long revision, long
 * compactedRevision, long firstSegment} (the log segment replay continues with), then per key
 * {@code int versionCount, int keyLength, key} and per version {@code long modRevision, long
 * createRevision, long version, int valueLength (-1 for a tombstone), value}; an {@code int 0}
 * ends the keys; a CRC32C of everything before closes the file.
 */
final class SnapshotFile {

    private static final long MAGIC = 0x4a3853534e415031L; // "J8SSNAP1"

    /** What a snapshot says about where recovery continues. */
    record Header(long revision, long compactedRevision, long firstSegment) {}

    private SnapshotFile() {}

    /** Writes the snapshot to a temporary file, syncs it and renames it into place atomically. */
    static void write(Path target, Header header, Iterable<KeyValue[]> histories) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream raw = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            CheckedOutputStream checked = new CheckedOutputStream(raw, new CRC32C());
            DataOutputStream out = new DataOutputStream(checked);
            out.writeLong(MAGIC);
            out.writeLong(header.revision());
            out.writeLong(header.compactedRevision());
            out.writeLong(header.firstSegment());
            for (KeyValue[] versions : histories) {
                byte[] key = versions[0].key().getBytes(StandardCharsets.UTF_8);
                out.writeInt(versions.length);
                out.writeInt(key.length);
                out.write(key);
                for (KeyValue v : versions) {
                    out.writeLong(v.modRevision());
                    out.writeLong(v.createRevision());
                    out.writeLong(v.version());
                    if (v.value() == null) {
                        out.writeInt(-1);
                    } else {
                        out.writeInt(v.value().length);
                        out.write(v.value());
                    }
                }
            }
            out.writeInt(0);
            out.flush();
            new DataOutputStream(raw).writeLong(checked.getChecksum().getValue());
            raw.flush();
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Loads a snapshot into an empty index.
     *
     * @return its header
     * @throws IOException if the file is unreadable, truncated or fails its checksum
     */
    static Header read(Path file, MvccIndex index) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            CheckedInputStream checked = new CheckedInputStream(raw, new CRC32C());
            DataInputStream in = new DataInputStream(checked);
            if (in.readLong() != MAGIC) {
                throw new IOException("not a j8s snapshot: " + file);
            }
            Header header = new Header(in.readLong(), in.readLong(), in.readLong());
            index.restoreRevisions(header.revision(), header.compactedRevision());
            int count;
            while ((count = in.readInt()) > 0) {
                String key = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
                KeyValue[] versions = new KeyValue[count];
                for (int i = 0; i < count; i++) {
                    long mod = in.readLong();
                    long created = in.readLong();
                    long version = in.readLong();
                    int length = in.readInt();
                    byte[] value = length < 0 ? null : in.readNBytes(length);
                    versions[i] = new KeyValue(key, value, created, mod, version);
                }
                index.restore(versions);
            }
            long expected = checked.getChecksum().getValue();
            if (new DataInputStream(raw).readLong() != expected) {
                throw new IOException("snapshot " + file + " fails its checksum");
            }
            index.rebuildEvents();
            return header;
        }
    }
}
