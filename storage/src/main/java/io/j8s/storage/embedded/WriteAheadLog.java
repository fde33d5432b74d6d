package io.j8s.storage.embedded;

import io.j8s.storage.KeyValue;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable journal: numbered log segments of {@link LogRecord}s plus snapshots, recovered by
 * {@link LogReplay}. Each commit is
 * one write and one {@code fdatasync} for the whole batch, into a segment preallocated in the
 * background. When a segment outgrows its limit the log starts the next one and a background
 * thread snapshots the index at that point; once the snapshot is safely renamed into place the
 * older segments and snapshots are deleted.
 */
final class WriteAheadLog implements Journal {

    private static final Logger LOG = LoggerFactory.getLogger(WriteAheadLog.class);

    private final LogDirectory files;
    private final long segmentLimit;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final CRC32C crc = new CRC32C();
    private ByteBuffer pending = ByteBuffer.allocateDirect(1 << 20);
    private FileChannel segment;
    private long segmentNumber;
    private long segmentBytes;
    private boolean preallocated;
    private long logSinceSnapshot;
    private volatile long lastSnapshotBytes;
    private final SegmentPreallocator preallocator;
    private Thread snapshotter;

    private WriteAheadLog(Path dir, long segmentLimit, FileChannel lockChannel, FileLock lock) {
        this.files = new LogDirectory(dir);
        this.segmentLimit = segmentLimit;
        this.lockChannel = lockChannel;
        this.lock = lock;
        // room for a whole segment plus the batch that crosses its limit
        this.preallocator = new SegmentPreallocator(dir, segmentLimit + Math.min(segmentLimit, 8L << 20));
    }

    /**
     * Locks {@code dir}, loads the newest snapshot and replays the log after it into {@code index},
     * cutting off a torn or corrupt tail of the last segment, and opens the log for appending.
     */
    static WriteAheadLog recover(Path dir, long segmentLimit, MvccIndex index) throws IOException {
        Files.createDirectories(dir);
        FileChannel lockChannel = FileChannel.open(dir.resolve("LOCK"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            throw new IOException("another store has " + dir + " open");
        }
        WriteAheadLog log = new WriteAheadLog(dir, segmentLimit, lockChannel, lock);
        try {
            log.load(index);
            return log;
        } catch (IOException | RuntimeException e) {
            log.close();
            throw e;
        }
    }

    private void load(MvccIndex index) throws IOException {
        LogReplay.Outcome outcome = new LogReplay(files, index).run();
        logSinceSnapshot = outcome.logSinceSnapshot();
        lastSnapshotBytes = outcome.snapshotBytes();
        if (outcome.lastSegment() == null) {
            openSegment(outcome.nextSegmentNumber());
        } else {
            segmentNumber = LogDirectory.segmentNumber(outcome.lastSegment());
            segment = FileChannel.open(outcome.lastSegment(), StandardOpenOption.WRITE);
            segmentBytes = outcome.end();
            preallocated = segment.size() > segmentBytes;
        }
    }

    @Override
    public void append(KeyValue version) {
        ensureRoom(LogRecord.maxSize(version));
        LogRecord.encode(version, pending, crc);
    }

    @Override
    public void appendCompaction(long revision) {
        ensureRoom(LogRecord.HEADER_BYTES + 9);
        LogRecord.encodeCompaction(revision, pending, crc);
    }

    private void ensureRoom(int bytes) {
        if (pending.remaining() < bytes) {
            ByteBuffer bigger = ByteBuffer.allocateDirect(Math.max(pending.capacity() * 2, pending.position() + bytes));
            pending.flip();
            bigger.put(pending);
            pending = bigger;
        }
    }

    @Override
    public void commit() throws IOException {
        if (pending.position() == 0) {
            return; // only failed guards in this batch: nothing to make durable
        }
        pending.flip();
        while (pending.hasRemaining()) {
            segmentBytes += segment.write(pending, segmentBytes);
        }
        pending.clear();
        segment.force(false);
    }

    @Override
    public void afterCommit(MvccIndex index) throws IOException {
        if (segmentBytes >= segmentLimit) {
            logSinceSnapshot += segmentBytes;
            roll();
            if (snapshotDue()) {
                logSinceSnapshot = 0;
                long revision = index.appliedRevision();
                long first = segmentNumber;
                // a platform thread: a long CPU-bound job must not hold one of the few virtual-thread carriers
                snapshotter = Thread.ofPlatform().daemon().name("j8s-store-snapshot")
                        .start(() -> snapshot(index, revision, first));
            }
        } else if (!preallocated && preallocator.ready()) {
            roll(); // leave a segment that grows as it goes as soon as a preallocated one is there
        }
        preallocator.prepare(segmentNumber + 1);
    }

    /**
     * Snapshots cost as much disk as the state is large, so one is taken only once at least as
     * much log has been written since the last: snapshot I/O stays below log I/O, and a restart
     * replays no more log than it would read snapshot.
     */
    private boolean snapshotDue() {
        boolean running = snapshotter != null && snapshotter.isAlive();
        return !running && logSinceSnapshot >= Math.max(segmentLimit, lastSnapshotBytes);
    }

    private void roll() throws IOException {
        segment.truncate(segmentBytes); // give back the preallocated space it will not use
        segment.close();
        openSegment(segmentNumber + 1);
    }

    private void snapshot(MvccIndex index, long revision, long firstSegment) {
        try {
            // a compaction racing with this snapshot is logged in the new segment, so replay redoes it
            long compacted = index.compactedRevision();
            Path target = files.snapshot(revision);
            SnapshotFile.write(target, new SnapshotFile.Header(revision, compacted, firstSegment),
                    index.histories(revision));
            lastSnapshotBytes = Files.size(target);
            files.sync();
            for (Path old : files.list(LogDirectory.SNAPSHOT)) {
                if (!old.equals(target)) {
                    Files.delete(old);
                }
            }
            for (Path old : files.list(LogDirectory.SEGMENT)) {
                if (LogDirectory.segmentNumber(old) < firstSegment) {
                    Files.delete(old);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("snapshot at revision {} failed; the log is kept instead", revision, e);
        }
    }

    private void openSegment(long number) throws IOException {
        Path path = files.segment(number);
        Path prepared = preallocator.take(number);
        if (prepared != null) {
            Files.move(prepared, path, StandardCopyOption.ATOMIC_MOVE);
            segment = FileChannel.open(path, StandardOpenOption.WRITE);
        } else {
            segment = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
        preallocated = prepared != null;
        segmentNumber = number;
        segmentBytes = 0;
        files.sync();
    }

    @Override
    public void close() throws IOException {
        preallocator.close();
        try {
            if (snapshotter != null) {
                snapshotter.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (segment != null) {
                segment.close();
            }
        } finally {
            lock.release();
            lockChannel.close();
        }
    }
}
