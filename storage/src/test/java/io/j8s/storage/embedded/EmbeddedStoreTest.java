package io.j8s.storage.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.j8s.storage.CompactedException;
import io.j8s.storage.KeyValue;
import io.j8s.storage.RecordingListener;
import io.j8s.storage.StoreUnavailableException;
import io.j8s.storage.Watch;
import io.j8s.storage.WatchEvent;
import io.j8s.storage.WatchListener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour of the embedded store beyond the shared contract: closing, slow watchers, progress. */
class EmbeddedStoreTest {

    @TempDir
    Path dir;

    @Test
    void closingTheStoreEndsItsWatchesWithOnClosedAfterTheirQueuedEvents() {
        EmbeddedStore store = EmbeddedStore.inMemory();
        RecordingListener listener = new RecordingListener();
        store.watch("/a/", 0, listener);
        KeyValue kv = store.create("/a/x", "1".getBytes(UTF_8));
        store.close();
        listener.awaitClosed();
        assertThat(listener.revisions()).containsExactly(kv.modRevision());
        assertThat(listener.closedWith()).isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void writesAfterCloseFailWithStoreUnavailable() {
        EmbeddedStore store = EmbeddedStore.open(dir);
        store.create("/a", new byte[1]);
        store.close();
        store.close(); // idempotent
        assertThatThrownBy(() -> store.create("/b", new byte[1])).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> store.update("/a", new byte[1], 0)).isInstanceOf(StoreUnavailableException.class);
        RecordingListener late = new RecordingListener();
        store.watch("/", 0, late);
        late.awaitClosed();
    }

    @Test
    void aSlowWatcherDoesNotHoldUpWritersOrOtherWatchers() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger slowSeen = new AtomicInteger();
            WatchListener slow = new WatchListener() {
                @Override
                public void onEvent(WatchEvent event) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    slowSeen.incrementAndGet();
                }
            };
            RecordingListener fast = new RecordingListener();
            try (Watch s = store.watch("/k/", 0, slow); Watch f = store.watch("/k/", 0, fast)) {
                long last = 0;
                for (int i = 0; i < 2_000; i++) {
                    last = store.create("/k/" + i, new byte[16]).modRevision();
                }
                fast.awaitRevision(last);
                assertThat(fast.events()).hasSize(2_000);
                assertThat(slowSeen.get()).isZero();
                release.countDown();
                await().atMost(Duration.ofSeconds(20)).until(() -> slowSeen.get() == 2_000);
            }
        }
    }

    @Test
    void anIdleWatchGetsProgressNotificationsAtTheCurrentRevision() {
        try (EmbeddedStore store = EmbeddedStore.open(dir, new EmbeddedStore.Options(1 << 20, Duration.ofMillis(20)))) {
            RecordingListener listener = new RecordingListener();
            try (Watch w = store.watch("/quiet/", 0, listener)) {
                long revision = store.create("/elsewhere", new byte[1]).modRevision();
                await().atMost(Duration.ofSeconds(20)).until(() -> listener.progress() >= revision);
                assertThat(listener.events()).isEmpty();
            }
        }
    }

    @Test
    void periodicCompactionDropsHistoryOlderThanOneIntervalAndKeepsLatestValues() {
        EmbeddedStore.Options options = new EmbeddedStore.Options(1 << 20, Duration.ofSeconds(5), Duration.ofMillis(50));
        try (EmbeddedStore store = EmbeddedStore.inMemory(options)) {
            long first = store.create("/a", "1".getBytes(UTF_8)).modRevision();
            long second = store.update("/a", "2".getBytes(UTF_8), 0).modRevision();
            await().atMost(Duration.ofSeconds(20)).until(() -> store.compactedRevision() >= second);
            assertThatThrownBy(() -> store.get("/a", first)).isInstanceOf(CompactedException.class);
            assertThat(new String(store.get("/a", 0).orElseThrow().value(), UTF_8)).isEqualTo("2");
        }
    }

    @Test
    void compactingAFutureRevisionIsRejected() {
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            store.create("/a", new byte[1]);
            assertThatThrownBy(() -> store.compact(store.currentRevision() + 10)).isInstanceOf(IllegalArgumentException.class);
            assertThat(store.compactedRevision()).isZero();
        }
    }

    @Test
    void anEmptyStoreStartsAtRevisionZeroAndCountsEveryWrite() {
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            assertThat(store.currentRevision()).isZero();
            store.create("/a", new byte[1]);
            store.update("/a", new byte[2], 0);
            store.delete("/a", 0);
            assertThat(store.currentRevision()).isEqualTo(3);
        }
    }

    @Test
    void aWatchForFutureRevisionsStartsAfterThem() {
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            long now = store.create("/w/0", new byte[1]).modRevision();
            RecordingListener listener = new RecordingListener();
            try (Watch w = store.watch("/w/", now + 2, listener)) {
                store.create("/w/1", new byte[1]);
                store.create("/w/2", new byte[1]);
                long third = store.create("/w/3", new byte[1]).modRevision();
                listener.awaitRevision(third);
                assertThat(listener.revisions()).containsExactly(third);
            }
        }
    }

    @Test
    void aSecondStoreCannotOpenADirectoryInUse() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThatThrownBy(() -> EmbeddedStore.open(dir)).isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("open");
        }
        EmbeddedStore.open(dir).close();
    }
}
