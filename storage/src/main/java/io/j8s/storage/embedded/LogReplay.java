package io.j8s.storage.embedded;

import io.j8s.storage.KeyValue;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovery: loads the newest snapshot into an empty index and replays the log segments after it.
 * A torn or corrupt tail of the last segment (a batch that was never acknowledged) is cut off;
 * damage anywhere else fails the recovery rather than silently losing acknowledged writes.
 */
final class LogReplay {

    private static final Logger LOG = LoggerFactory.getLogger(LogReplay.class);

    /**
     * Where appending continues.
     *
     * @param lastSegment the newest segment, or null if there is none yet
     * @param nextSegmentNumber the number of the segment to create when there is none
     * @param end where the records of the newest segment end
     * @param logSinceSnapshot bytes of log in complete segments after the snapshot
     * @param snapshotBytes the size of the snapshot loaded, 0 if none
     */
    record Outcome(Path lastSegment, long nextSegmentNumber, long end, long logSinceSnapshot, long snapshotBytes) {}

    private final LogDirectory files;
    private final MvccIndex index;
    private final CRC32C crc = new CRC32C();

    LogReplay(LogDirectory files, MvccIndex index) {
        this.files = files;
        this.index = index;
    }

    Outcome run() throws IOException {
        for (Path leftover : files.list(".tmp")) {
            Files.delete(leftover);
        }
        for (Path leftover : files.list(SegmentPreallocator.SUFFIX)) {
            Files.delete(leftover);
        }
        List<Path> snapshots = files.list(LogDirectory.SNAPSHOT);
        long firstSegment = 0;
        long snapshotRevision = 0;
        long snapshotBytes = 0;
        if (!snapshots.isEmpty()) {
            SnapshotFile.Header header = SnapshotFile.read(snapshots.getLast(), index);
            snapshotBytes = Files.size(snapshots.getLast());
            firstSegment = header.firstSegment();
            snapshotRevision = header.revision();
        }
        List<Path> segments = new ArrayList<>();
        for (Path p : files.list(LogDirectory.SEGMENT)) {
            if (LogDirectory.segmentNumber(p) >= firstSegment) {
                segments.add(p);
            }
        }
        long end = 0;
        long logSinceSnapshot = 0;
        for (int i = 0; i < segments.size(); i++) {
            long number = LogDirectory.segmentNumber(segments.get(i));
            long expected = i == 0 ? firstSegment : LogDirectory.segmentNumber(segments.get(i - 1)) + 1;
            if (number != expected && !(i == 0 && snapshots.isEmpty())) {
                throw new IOException("log segment " + expected + " is missing in " + files.dir());
            }
            boolean last = i == segments.size() - 1;
            end = replay(segments.get(i), snapshotRevision, last);
            logSinceSnapshot += last ? 0 : end;
        }
        index.publish(index.appliedRevision());
        Path lastSegment = segments.isEmpty() ? null : segments.getLast();
        return new Outcome(lastSegment, firstSegment, end, logSinceSnapshot, snapshotBytes);
    }

    /** Replays one segment into the index; returns where its records end. */
    private long replay(Path file, long snapshotRevision, boolean last) throws IOException {
        long validEnd;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            MappedByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            LogRecord.Decoded record;
            while ((record = LogRecord.decode(bytes, crc)) != null) {
                if (!apply(record, snapshotRevision)) {
                    break;
                }
            }
            validEnd = bytes.position();
            if (onlyZerosFrom(bytes, validEnd)) {
                return validEnd; // the rest is preallocated and was never written
            }
        }
        if (!last) {
            throw new IOException("log segment " + file + " is corrupt at byte " + validEnd);
        }
        // a torn tail: the batch it belonged to was never acknowledged, so cutting it loses nothing
        LOG.warn("cutting the torn tail of {} at byte {}", file, validEnd);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(validEnd);
            channel.force(true);
        }
        return validEnd;
    }

    private static boolean onlyZerosFrom(ByteBuffer bytes, long from) {
        for (int i = (int) from; i < bytes.limit(); i++) {
            if (bytes.get(i) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Applies a replayed record; false if it does not follow the previous one (a corrupt tail). */
    private boolean apply(LogRecord.Decoded record, long snapshotRevision) {
        if (record.type() == LogRecord.COMPACT) {
            index.compact(record.revision());
            return true;
        }
        if (record.revision() <= snapshotRevision) {
            return true;
        }
        if (record.revision() != index.appliedRevision() + 1) {
            return false;
        }
        KeyValue version = record.version();
        index.apply(version, index.latestLive(version.key()));
        return true;
    }
}
