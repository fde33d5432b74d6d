package io.j8s.storage.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.j8s.storage.CompactedException;
import io.j8s.storage.KeyValue;
import io.j8s.storage.RangeRequest;
import io.j8s.storage.RecordingListener;
import io.j8s.storage.Watch;
import io.j8s.storage.WatchEvent;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restarting a durable store: from the log, from snapshots plus the log, and after a torn tail. */
class EmbeddedStoreRecoveryTest {

    private static final EmbeddedStore.Options SMALL_SEGMENTS = new EmbeddedStore.Options(4096, Duration.ofSeconds(5));

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(UTF_8);
    }

    private static String text(KeyValue kv) {
        return new String(kv.value(), UTF_8);
    }

    @Test
    void aReopenedStoreHasEveryWriteItsRevisionsAndItsHistory() {
        KeyValue a1;
        KeyValue a2;
        long deleted;
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            a1 = store.create("/k/a", bytes("a1"));
            store.create("/k/b", bytes("b1"));
            a2 = store.update("/k/a", bytes("a2"), a1.modRevision());
            deleted = store.delete("/k/b", 0).revision();
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.currentRevision()).isEqualTo(deleted);
            KeyValue a = store.get("/k/a", 0).orElseThrow();
            assertThat(a).usingRecursiveComparison().isEqualTo(a2);
            assertThat(text(store.get("/k/a", a1.modRevision()).orElseThrow())).isEqualTo("a1");
            assertThat(store.get("/k/b", 0)).isEmpty();
            assertThat(store.get("/k/b", a2.modRevision())).isPresent();

            RecordingListener listener = new RecordingListener();
            try (Watch w = store.watch("/k/", a1.modRevision(), listener)) {
                listener.awaitRevision(deleted);
                assertThat(listener.events()).extracting(WatchEvent::type)
                        .containsExactly(WatchEvent.Type.PUT, WatchEvent.Type.PUT, WatchEvent.Type.DELETE);
            }
            KeyValue c = store.create("/k/c", bytes("c"));
            assertThat(c.modRevision()).isEqualTo(deleted + 1);
        }
    }

    @Test
    void compactionSurvivesARestart() {
        long compactedAt;
        KeyValue first;
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            first = store.create("/k/a", bytes("1"));
            store.update("/k/a", bytes("2"), 0);
            compactedAt = store.currentRevision();
            store.compact(compactedAt);
            store.update("/k/a", bytes("3"), 0);
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.compactedRevision()).isEqualTo(compactedAt);
            assertThatThrownBy(() -> store.get("/k/a", first.modRevision())).isInstanceOf(CompactedException.class);
            assertThat(text(store.get("/k/a", compactedAt).orElseThrow())).isEqualTo("2");
            assertThat(text(store.get("/k/a", 0).orElseThrow())).isEqualTo("3");
        }
    }

    @Test
    void snapshotsReplaceOldSegmentsAndTogetherWithTheLogRestoreEverything() throws IOException {
        long last;
        try (EmbeddedStore store = EmbeddedStore.open(dir, SMALL_SEGMENTS)) {
            for (int i = 0; i < 300; i++) {
                store.create("/k/" + i, bytes("v" + i));
            }
            store.compact(store.currentRevision() - 50);
            for (int i = 0; i < 300; i += 3) {
                store.update("/k/" + i, bytes("w" + i), 0);
            }
            for (int i = 1; i < 300; i += 3) {
                store.delete("/k/" + i, 0);
            }
            last = store.currentRevision();
        }
        assertThat(files(".snap")).isNotEmpty();
        assertThat(files(".log").size()).isLessThan(10); // 500 writes of ~50 bytes fill ~6 segments of 4 KiB
        try (EmbeddedStore store = EmbeddedStore.open(dir, SMALL_SEGMENTS)) {
            assertThat(store.currentRevision()).isEqualTo(last);
            List<KeyValue> items = store.range(RangeRequest.prefix("/k/")).items();
            assertThat(items).hasSize(200);
            for (int i = 0; i < 300; i++) {
                String expected = i % 3 == 0 ? "w" + i : i % 3 == 1 ? null : "v" + i;
                assertThat(store.get("/k/" + i, 0).map(EmbeddedStoreRecoveryTest::text).orElse(null)).isEqualTo(expected);
            }
            long compacted = store.compactedRevision();
            RecordingListener listener = new RecordingListener();
            try (Watch w = store.watch("/k/", compacted, listener)) {
                listener.awaitRevision(last);
                assertThat(listener.revisions()).hasSize((int) (last - compacted));
            }
        }
    }

    @Test
    void aRestartKeepsTheWatchHistoryOfThousandsOfRevisionsAfterACompaction() {
        EmbeddedStore.Options options = new EmbeddedStore.Options(64 * 1024, Duration.ofSeconds(5));
        long last;
        long compacted;
        try (EmbeddedStore store = EmbeddedStore.open(dir, options)) {
            // concurrent writers, so that group commit keeps the test quick
            try (ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor()) {
                IntStream.range(0, 9_000).forEach(i -> writers.submit(() -> store.create("/k/" + i, bytes("v" + i))));
            }
            compacted = 5_123;
            store.compact(compacted);
            try (ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor()) {
                IntStream.range(0, 1_000).forEach(i -> writers.submit(() -> store.update("/k/" + i, bytes("w" + i), 0)));
            }
            last = store.currentRevision();
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir, options)) {
            assertThat(store.compactedRevision()).isEqualTo(compacted);
            RecordingListener listener = new RecordingListener();
            try (Watch w = store.watch("/k/", compacted, listener)) {
                listener.awaitRevision(last);
                List<Long> revisions = listener.revisions();
                assertThat(revisions).hasSize((int) (last - compacted));
                assertThat(revisions.getFirst()).isEqualTo(compacted + 1);
                assertThat(revisions).isSorted();
            }
        }
    }

    @Test
    void aTornLastRecordIsCutAndEveryEarlierRecordSurvives() throws IOException {
        KeyValue kept;
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.create("/k/a", bytes("a"));
            kept = store.create("/k/b", bytes("b"));
            store.create("/k/torn", bytes("this record loses its last bytes"));
        }
        // the record's last bytes never reached the disk: zeros where they should be, as after a crash
        Path log = files(".log").getLast();
        long end = endOfRecords(log);
        try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.allocate(5), end - 5);
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.currentRevision()).isEqualTo(kept.modRevision());
            assertThat(store.get("/k/b", 0)).isPresent();
            assertThat(store.get("/k/torn", 0)).isEmpty();
            KeyValue next = store.create("/k/after", bytes("after"));
            assertThat(next.modRevision()).isEqualTo(kept.modRevision() + 1);
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.get("/k/after", 0)).isPresent();
            assertThat(store.get("/k/a", 0)).isPresent();
        }
    }

    @Test
    void aCorruptTailRecordAndGarbageAfterItAreCut() throws IOException {
        KeyValue kept;
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            kept = store.create("/k/a", bytes("a"));
            store.create("/k/corrupt", bytes("flipped"));
        }
        Path log = files(".log").getLast();
        try (FileChannel ch = FileChannel.open(log, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(1);
            long at = endOfRecords(log) - 3; // inside the last record's value
            ch.read(b, at);
            b.put(0, (byte) (b.get(0) ^ 0x40)).rewind();
            ch.write(b, at);
            ch.write(ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}), endOfRecords(log) + 100);
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.currentRevision()).isEqualTo(kept.modRevision());
            assertThat(store.get("/k/a", 0)).isPresent();
            assertThat(store.get("/k/corrupt", 0)).isEmpty();
        }
        assertThat(Files.size(log)).isLessThan(60); // the first record alone
    }

    @Test
    void anEmptyDirectoryOpensAsAnEmptyStore() {
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("new/nested"))) {
            assertThat(store.currentRevision()).isZero();
            assertThat(store.range(RangeRequest.prefix("/")).items()).isEmpty();
        }
    }

    /** Where the written records of a segment end: its preallocated rest is zeros. */
    private static long endOfRecords(Path log) throws IOException {
        byte[] bytes = Files.readAllBytes(log);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0) {
            end--;
        }
        return end;
    }

    private List<Path> files(String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
