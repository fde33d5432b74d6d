package io.j8s.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Store} promises, run against each implementation (the embedded store,
 * real etcd). It never assumes absolute revisions, only their order and equality, and keeps its
 * keys under a random prefix per test, so it also runs against a shared etcd.
 */
public abstract class StoreContractTest {

    protected Store store;
    protected String root;

    /** A new, open store; it may already hold data and revisions of earlier tests. */
    protected abstract Store newStore();

    /** Releases the store after each test; closes it by default. */
    protected void cleanUp(Store store) {
        store.close();
    }

    @BeforeEach
    void openStore() {
        store = newStore();
        root = "/contract-" + UUID.randomUUID() + "/";
    }

    @AfterEach
    void closeStore() {
        cleanUp(store);
    }

    protected static byte[] bytes(String s) {
        return s.getBytes(UTF_8);
    }

    protected static String text(KeyValue kv) {
        return new String(kv.value(), UTF_8);
    }

    // ---- create / get

    @Test
    void createStoresTheKeyAtANewRevision() {
        long before = store.currentRevision();
        KeyValue kv = store.create(root + "a", bytes("one"));
        assertThat(kv.key()).isEqualTo(root + "a");
        assertThat(text(kv)).isEqualTo("one");
        assertThat(kv.createRevision()).isEqualTo(kv.modRevision()).isGreaterThan(before);
        assertThat(kv.version()).isEqualTo(1);
        assertThat(store.currentRevision()).isGreaterThanOrEqualTo(kv.modRevision());
    }

    @Test
    void eachWriteGetsAHigherRevisionThanTheOneBefore() {
        KeyValue a = store.create(root + "a", bytes("1"));
        KeyValue b = store.create(root + "b", bytes("2"));
        KeyValue a2 = store.update(root + "a", bytes("3"), 0);
        DeleteResult d = store.delete(root + "b", 0);
        assertThat(b.modRevision()).isGreaterThan(a.modRevision());
        assertThat(a2.modRevision()).isGreaterThan(b.modRevision());
        assertThat(d.revision()).isGreaterThan(a2.modRevision());
    }

    @Test
    void createOfAnExistingKeyFailsWithKeyExists() {
        store.create(root + "a", bytes("one"));
        assertThatThrownBy(() -> store.create(root + "a", bytes("two")))
                .isInstanceOfSatisfying(KeyExistsException.class, e -> assertThat(e.key()).isEqualTo(root + "a"));
        assertThat(text(store.get(root + "a", 0).orElseThrow())).isEqualTo("one");
    }

    @Test
    void getReturnsTheLatestVersionWithItsRevisions() {
        KeyValue created = store.create(root + "a", bytes("one"));
        KeyValue updated = store.update(root + "a", bytes("two"), 0);
        KeyValue got = store.get(root + "a", 0).orElseThrow();
        assertThat(text(got)).isEqualTo("two");
        assertThat(got.createRevision()).isEqualTo(created.createRevision());
        assertThat(got.modRevision()).isEqualTo(updated.modRevision());
        assertThat(got.version()).isEqualTo(2);
    }

    @Test
    void getOfAMissingKeyIsEmpty() {
        assertThat(store.get(root + "missing", 0)).isEmpty();
    }

    @Test
    void getAtAPastRevisionReturnsTheValueOfThatTime() {
        KeyValue v1 = store.create(root + "a", bytes("one"));
        KeyValue v2 = store.update(root + "a", bytes("two"), 0);
        store.update(root + "a", bytes("three"), 0);
        assertThat(text(store.get(root + "a", v1.modRevision()).orElseThrow())).isEqualTo("one");
        assertThat(text(store.get(root + "a", v2.modRevision()).orElseThrow())).isEqualTo("two");
        assertThat(store.get(root + "a", v2.modRevision()).orElseThrow().version()).isEqualTo(2);
        assertThat(text(store.get(root + "a", 0).orElseThrow())).isEqualTo("three");
    }

    @Test
    void getAtARevisionBeforeCreationOrAfterDeletionIsEmpty() {
        KeyValue other = store.create(root + "other", bytes("x"));
        KeyValue created = store.create(root + "a", bytes("one"));
        DeleteResult deleted = store.delete(root + "a", 0);
        assertThat(store.get(root + "a", other.modRevision())).isEmpty();
        assertThat(store.get(root + "a", created.modRevision())).isPresent();
        assertThat(store.get(root + "a", deleted.revision())).isEmpty();
        assertThat(store.get(root + "a", 0)).isEmpty();
    }

    @Test
    void valuesAreStoredByteForByte() {
        byte[] value = new byte[70_000];
        for (int i = 0; i < value.length; i++) {
            value[i] = (byte) (i * 31);
        }
        store.create(root + "binary", value);
        store.create(root + "empty", new byte[0]);
        assertThat(store.get(root + "binary", 0).orElseThrow().value()).isEqualTo(value);
        assertThat(store.get(root + "empty", 0).orElseThrow().value()).isEmpty();
    }

    // ---- update

    @Test
    void updateBumpsModRevisionAndVersionButKeepsCreateRevision() {
        KeyValue created = store.create(root + "a", bytes("one"));
        KeyValue updated = store.update(root + "a", bytes("two"), 0);
        assertThat(updated.createRevision()).isEqualTo(created.createRevision());
        assertThat(updated.modRevision()).isGreaterThan(created.modRevision());
        assertThat(updated.version()).isEqualTo(2);
        assertThat(text(updated)).isEqualTo("two");
    }

    @Test
    void updateGuardedByTheCurrentModRevisionSucceeds() {
        KeyValue created = store.create(root + "a", bytes("one"));
        KeyValue updated = store.update(root + "a", bytes("two"), created.modRevision());
        assertThat(text(store.get(root + "a", 0).orElseThrow())).isEqualTo("two");
        assertThat(updated.modRevision()).isGreaterThan(created.modRevision());
    }

    @Test
    void updateGuardedByAStaleModRevisionFailsWithConflict() {
        KeyValue created = store.create(root + "a", bytes("one"));
        KeyValue updated = store.update(root + "a", bytes("two"), 0);
        assertThatThrownBy(() -> store.update(root + "a", bytes("three"), created.modRevision()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.key()).isEqualTo(root + "a");
                    assertThat(e.expected()).isEqualTo(created.modRevision());
                    assertThat(e.actual()).isEqualTo(updated.modRevision());
                });
        assertThat(text(store.get(root + "a", 0).orElseThrow())).isEqualTo("two");
    }

    @Test
    void updateOfAMissingKeyFailsWithKeyNotFound() {
        assertThatThrownBy(() -> store.update(root + "missing", bytes("x"), 0))
                .isInstanceOfSatisfying(KeyNotFoundException.class, e -> assertThat(e.key()).isEqualTo(root + "missing"));
        KeyValue created = store.create(root + "gone", bytes("x"));
        store.delete(root + "gone", 0);
        assertThatThrownBy(() -> store.update(root + "gone", bytes("y"), created.modRevision()))
                .isInstanceOf(KeyNotFoundException.class);
    }

    // ---- delete

    @Test
    void deleteReturnsThePreviousValueAndTheDeleteRevision() {
        KeyValue created = store.create(root + "a", bytes("one"));
        DeleteResult result = store.delete(root + "a", 0);
        assertThat(result.previous().key()).isEqualTo(root + "a");
        assertThat(text(result.previous())).isEqualTo("one");
        assertThat(result.previous().modRevision()).isEqualTo(created.modRevision());
        assertThat(result.revision()).isGreaterThan(created.modRevision());
        assertThat(store.get(root + "a", 0)).isEmpty();
        assertThat(store.currentRevision()).isGreaterThanOrEqualTo(result.revision());
    }

    @Test
    void deleteGuardedByTheCurrentModRevisionSucceeds() {
        KeyValue created = store.create(root + "a", bytes("one"));
        store.delete(root + "a", created.modRevision());
        assertThat(store.get(root + "a", 0)).isEmpty();
    }

    @Test
    void deleteGuardedByAStaleModRevisionFailsWithConflict() {
        KeyValue created = store.create(root + "a", bytes("one"));
        KeyValue updated = store.update(root + "a", bytes("two"), 0);
        assertThatThrownBy(() -> store.delete(root + "a", created.modRevision()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.actual()).isEqualTo(updated.modRevision()));
        assertThat(store.get(root + "a", 0)).isPresent();
    }

    @Test
    void deleteOfAMissingKeyFailsWithKeyNotFound() {
        assertThatThrownBy(() -> store.delete(root + "missing", 0)).isInstanceOf(KeyNotFoundException.class);
        store.create(root + "a", bytes("one"));
        store.delete(root + "a", 0);
        assertThatThrownBy(() -> store.delete(root + "a", 0)).isInstanceOf(KeyNotFoundException.class);
    }

    @Test
    void aKeyCreatedAgainAfterDeletionStartsANewLife() {
        KeyValue first = store.create(root + "a", bytes("one"));
        store.update(root + "a", bytes("two"), 0);
        store.delete(root + "a", 0);
        KeyValue again = store.create(root + "a", bytes("three"));
        assertThat(again.version()).isEqualTo(1);
        assertThat(again.createRevision()).isEqualTo(again.modRevision()).isGreaterThan(first.createRevision());
    }

    // ---- range

    @Test
    void rangeReturnsOnlyKeysUnderThePrefixInKeyOrder() {
        store.create(root + "pods/b", bytes("b"));
        store.create(root + "pods/a", bytes("a"));
        store.create(root + "pods/c", bytes("c"));
        store.create(root + "podsx/d", bytes("d"));
        store.create(root + "pod", bytes("e"));
        RangeResult result = store.range(RangeRequest.prefix(root + "pods/"));
        assertThat(result.items()).extracting(KeyValue::key).containsExactly(root + "pods/a", root + "pods/b", root + "pods/c");
        assertThat(result.more()).isFalse();
        assertThat(result.remaining()).isZero();
        assertThat(result.revision()).isGreaterThanOrEqualTo(store.get(root + "pod", 0).orElseThrow().modRevision());
    }

    @Test
    void rangeOrdersKeysByTheirUtf8Bytes() {
        List<String> names = List.of("Z", "a", "é", "\uFF21", "\uD83D\uDE00", "a0", "");
        for (String name : names) {
            store.create(root + "k/" + name + "!", bytes(name));
        }
        List<String> expected = names.stream()
                .map(n -> root + "k/" + n + "!")
                .sorted(Comparator.comparing((String k) -> k.getBytes(UTF_8), java.util.Arrays::compareUnsigned))
                .toList();
        assertThat(store.range(RangeRequest.prefix(root + "k/")).items()).extracting(KeyValue::key).containsExactlyElementsOf(expected);
    }

    @Test
    void rangeOfAnEmptyPrefixRangeIsEmptyAtTheCurrentRevision() {
        KeyValue kv = store.create(root + "x", bytes("x"));
        RangeResult result = store.range(RangeRequest.prefix(root + "nothing/"));
        assertThat(result.items()).isEmpty();
        assertThat(result.more()).isFalse();
        assertThat(result.revision()).isGreaterThanOrEqualTo(kv.modRevision());
    }

    @Test
    void rangeWithALimitReportsHowManyKeysRemain() {
        for (int i = 0; i < 5; i++) {
            store.create(root + "k/" + i, bytes("v" + i));
        }
        RangeResult page = store.range(new RangeRequest(root + "k/", null, 2, 0));
        assertThat(page.items()).extracting(KeyValue::key).containsExactly(root + "k/0", root + "k/1");
        assertThat(page.more()).isTrue();
        assertThat(page.remaining()).isEqualTo(3);
        RangeResult all = store.range(new RangeRequest(root + "k/", null, 5, 0));
        assertThat(all.items()).hasSize(5);
        assertThat(all.more()).isFalse();
        assertThat(all.remaining()).isZero();
    }

    @Test
    void rangePagesWithStartAfterAtOneRevisionSeeEveryKeyOnce() {
        for (int i = 0; i < 7; i++) {
            store.create(root + "k/" + i, bytes("v" + i));
        }
        RangeResult first = store.range(new RangeRequest(root + "k/", null, 3, 0));
        store.create(root + "k/9", bytes("late"));
        store.delete(root + "k/5", 0);
        List<String> seen = new ArrayList<>(first.items().stream().map(KeyValue::key).toList());
        RangeResult page = first;
        while (page.more()) {
            String last = page.items().get(page.items().size() - 1).key();
            page = store.range(new RangeRequest(root + "k/", last, 3, first.revision()));
            assertThat(page.revision()).isEqualTo(first.revision());
            page.items().forEach(kv -> seen.add(kv.key()));
        }
        assertThat(seen).containsExactly(root + "k/0", root + "k/1", root + "k/2", root + "k/3", root + "k/4",
                root + "k/5", root + "k/6");
    }

    @Test
    void rangeWithStartAfterBelowThePrefixStartsAtThePrefix() {
        store.create(root + "k/a", bytes("a"));
        RangeResult result = store.range(new RangeRequest(root + "k/", root + "a", 0, 0));
        assertThat(result.items()).extracting(KeyValue::key).containsExactly(root + "k/a");
    }

    @Test
    void rangeAtAPastRevisionSeesTheStateOfThatTime() {
        store.create(root + "k/a", bytes("a1"));
        KeyValue b = store.create(root + "k/b", bytes("b1"));
        long then = b.modRevision();
        store.update(root + "k/a", bytes("a2"), 0);
        store.delete(root + "k/b", 0);
        store.create(root + "k/c", bytes("c1"));
        RangeResult past = store.range(new RangeRequest(root + "k/", null, 0, then));
        assertThat(past.revision()).isEqualTo(then);
        assertThat(past.items()).extracting(KeyValue::key).containsExactly(root + "k/a", root + "k/b");
        assertThat(past.items()).extracting(StoreContractTest::text).containsExactly("a1", "b1");
        RangeResult now = store.range(RangeRequest.prefix(root + "k/"));
        assertThat(now.items()).extracting(StoreContractTest::text).containsExactly("a2", "c1");
    }

    // ---- concurrency

    @Test
    void concurrentCreatesOfOneKeyHaveExactlyOneWinner() throws Exception {
        int callers = 16;
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            int n = i;
            tasks.add(() -> {
                try {
                    store.create(root + "race", bytes("caller-" + n));
                    return true;
                } catch (KeyExistsException e) {
                    return false;
                }
            });
        }
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            long winners = 0;
            for (Future<Boolean> f : pool.invokeAll(tasks)) {
                winners += f.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        }
        assertThat(store.get(root + "race", 0).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void guardedUpdatesFromConcurrentCallersLoseNoIncrement() throws Exception {
        store.create(root + "counter", bytes("0"));
        int callers = 8;
        int increments = 25;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < increments; i++) {
                        while (true) {
                            KeyValue current = store.get(root + "counter", 0).orElseThrow();
                            int next = Integer.parseInt(text(current)) + 1;
                            try {
                                store.update(root + "counter", bytes(Integer.toString(next)), current.modRevision());
                                break;
                            } catch (ConflictException retry) {
                                // someone else won; read again
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        KeyValue result = store.get(root + "counter", 0).orElseThrow();
        assertThat(text(result)).isEqualTo(Integer.toString(callers * increments));
        assertThat(result.version()).isEqualTo(callers * increments + 1);
    }

    // ---- watch

    @Test
    void watchFromNowSeesCreateUpdateAndDeleteWithPreviousValues() {
        RecordingListener listener = new RecordingListener();
        try (Watch w = store.watch(root + "w/", 0, listener)) {
            KeyValue created = store.create(root + "w/a", bytes("one"));
            store.create(root + "elsewhere", bytes("x"));
            KeyValue updated = store.update(root + "w/a", bytes("two"), 0);
            DeleteResult deleted = store.delete(root + "w/a", 0);
            List<WatchEvent> events = listener.awaitRevision(deleted.revision());
            assertThat(events).hasSize(3);

            WatchEvent create = events.get(0);
            assertThat(create.type()).isEqualTo(WatchEvent.Type.PUT);
            assertThat(create.isCreate()).isTrue();
            assertThat(create.revision()).isEqualTo(created.modRevision());
            assertThat(text(create.current())).isEqualTo("one");
            assertThat(create.previous()).isNull();

            WatchEvent update = events.get(1);
            assertThat(update.type()).isEqualTo(WatchEvent.Type.PUT);
            assertThat(update.isCreate()).isFalse();
            assertThat(update.revision()).isEqualTo(updated.modRevision());
            assertThat(update.current().version()).isEqualTo(2);
            assertThat(update.current().createRevision()).isEqualTo(created.createRevision());
            assertThat(text(update.previous())).isEqualTo("one");

            WatchEvent delete = events.get(2);
            assertThat(delete.type()).isEqualTo(WatchEvent.Type.DELETE);
            assertThat(delete.revision()).isEqualTo(deleted.revision());
            assertThat(delete.current().key()).isEqualTo(root + "w/a");
            assertThat(delete.current().modRevision()).isEqualTo(deleted.revision());
            assertThat(text(delete.previous())).isEqualTo("two");
            assertThat(delete.previous().modRevision()).isEqualTo(updated.modRevision());
        }
    }

    @Test
    void watchFromAPastRevisionReplaysHistoryThenLiveChanges() {
        KeyValue a = store.create(root + "w/a", bytes("1"));
        KeyValue b = store.create(root + "w/b", bytes("2"));
        KeyValue a2 = store.update(root + "w/a", bytes("3"), 0);
        RecordingListener listener = new RecordingListener();
        try (Watch w = store.watch(root + "w/", a.modRevision(), listener)) {
            KeyValue c = store.create(root + "w/c", bytes("4"));
            List<WatchEvent> events = listener.awaitRevision(c.modRevision());
            assertThat(listener.revisions()).containsExactly(b.modRevision(), a2.modRevision(), c.modRevision());
            assertThat(events.get(1).previous().modRevision()).isEqualTo(a.modRevision());
        }
    }

    @Test
    void watchFromTheCurrentRevisionSeesOnlyLaterChanges() {
        store.create(root + "w/a", bytes("1"));
        long now = store.currentRevision();
        RecordingListener listener = new RecordingListener();
        try (Watch w = store.watch(root + "w/", now, listener)) {
            KeyValue b = store.create(root + "w/b", bytes("2"));
            listener.awaitRevision(b.modRevision());
            assertThat(listener.revisions()).containsExactly(b.modRevision());
        }
    }

    @Test
    void watchesOfDifferentPrefixesSeeOnlyTheirKeys() {
        RecordingListener pods = new RecordingListener();
        RecordingListener nodes = new RecordingListener();
        try (Watch w1 = store.watch(root + "pods/", 0, pods); Watch w2 = store.watch(root + "nodes/", 0, nodes)) {
            KeyValue p = store.create(root + "pods/a", bytes("p"));
            KeyValue n = store.create(root + "nodes/a", bytes("n"));
            pods.awaitRevision(p.modRevision());
            nodes.awaitRevision(n.modRevision());
            assertThat(pods.events()).extracting(e -> e.current().key()).containsExactly(root + "pods/a");
            assertThat(nodes.events()).extracting(e -> e.current().key()).containsExactly(root + "nodes/a");
        }
    }

    @Test
    void aClosedWatchReceivesNoMoreEvents() {
        RecordingListener closed = new RecordingListener();
        RecordingListener open = new RecordingListener();
        Watch w = store.watch(root + "w/", 0, closed);
        try (Watch other = store.watch(root + "w/", 0, open)) {
            KeyValue first = store.create(root + "w/a", bytes("1"));
            closed.awaitRevision(first.modRevision());
            w.close();
            w.close(); // idempotent
            KeyValue second = store.create(root + "w/b", bytes("2"));
            open.awaitRevision(second.modRevision());
            assertThat(closed.revisions()).containsExactly(first.modRevision());
        }
    }

    @Test
    void aWatchStartedDuringConcurrentWritesSeesEveryLaterWriteOnceInOrder() throws Exception {
        int total = 400;
        KeyValue first = store.create(root + "w/0", bytes("0"));
        AtomicBoolean watching = new AtomicBoolean();
        RecordingListener listener = new RecordingListener();
        List<Long> written = new CopyOnWriteArrayList<>();
        written.add(first.modRevision());
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> writer = pool.submit(() -> {
                for (int i = 1; i < total; i++) {
                    written.add(store.create(root + "w/" + i, bytes(Integer.toString(i))).modRevision());
                    if (i == total / 4) {
                        await().atMost(Duration.ofSeconds(20)).untilTrue(watching);
                    }
                }
                return null;
            });
            await().atMost(Duration.ofSeconds(20)).until(() -> written.size() > total / 8);
            try (Watch w = store.watch(root + "w/", first.modRevision(), listener)) {
                watching.set(true);
                writer.get();
                listener.awaitRevision(written.get(written.size() - 1));
                assertThat(listener.revisions()).containsExactlyElementsOf(written.subList(1, written.size()));
            }
        }
    }

    @Test
    void watchFromACompactedRevisionFailsWithCompacted() {
        KeyValue a = store.create(root + "w/a", bytes("1"));
        store.update(root + "w/a", bytes("2"), 0);
        KeyValue latest = store.update(root + "w/a", bytes("3"), 0);
        store.compact(latest.modRevision());
        RecordingListener listener = new RecordingListener();
        Throwable thrown = catchThrowable(() -> store.watch(root + "w/", a.modRevision(), listener).close());
        if (thrown == null) {
            listener.awaitClosed();
            thrown = listener.closedWith();
        }
        assertThat(thrown).isInstanceOf(CompactedException.class);
    }

    // ---- compaction

    @Test
    void compactionDropsOldRevisionsButKeepsTheLatestValues() {
        KeyValue a1 = store.create(root + "k/a", bytes("a1"));
        KeyValue b = store.create(root + "k/b", bytes("b"));
        store.update(root + "k/a", bytes("a2"), 0);
        KeyValue gone = store.create(root + "k/gone", bytes("x"));
        store.delete(root + "k/gone", 0);
        long at = store.currentRevision();
        store.compact(at);
        assertThat(store.compactedRevision()).isGreaterThanOrEqualTo(at);

        assertThatThrownBy(() -> store.get(root + "k/a", a1.modRevision())).isInstanceOf(CompactedException.class);
        assertThatThrownBy(() -> store.range(new RangeRequest(root + "k/", null, 0, b.modRevision())))
                .isInstanceOf(CompactedException.class);
        assertThat(text(store.get(root + "k/a", 0).orElseThrow())).isEqualTo("a2");
        assertThat(text(store.get(root + "k/a", at).orElseThrow())).isEqualTo("a2");
        assertThat(store.get(root + "k/gone", at)).isEmpty();
        assertThat(store.range(new RangeRequest(root + "k/", null, 0, at)).items())
                .extracting(StoreContractTest::text).containsExactly("a2", "b");
        assertThat(gone.modRevision()).isLessThan(at);
    }

    @Test
    void writesContinueAfterCompaction() {
        KeyValue a = store.create(root + "a", bytes("1"));
        store.compact(store.currentRevision());
        KeyValue a2 = store.update(root + "a", bytes("2"), a.modRevision());
        assertThat(a2.version()).isEqualTo(2);
        assertThat(a2.createRevision()).isEqualTo(a.createRevision());
        RecordingListener listener = new RecordingListener();
        try (Watch w = store.watch(root, store.compactedRevision(), listener)) {
            listener.awaitRevision(a2.modRevision());
            assertThat(listener.revisions()).contains(a2.modRevision());
        }
    }

    @Test
    void readsAtTheCompactedRevisionItselfStillWork() {
        KeyValue a = store.create(root + "a", bytes("1"));
        store.update(root + "a", bytes("2"), 0);
        long at = store.currentRevision();
        store.update(root + "a", bytes("3"), 0);
        store.compact(at);
        assertThat(text(store.get(root + "a", at).orElseThrow())).isEqualTo("2");
        assertThat(store.get(root + "a", at).orElseThrow().createRevision()).isEqualTo(a.createRevision());
    }
}
