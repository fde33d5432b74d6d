package io.j8s.storage.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.j8s.storage.KeyValue;
import io.j8s.storage.RangeRequest;
import io.j8s.storage.RangeResult;
import io.j8s.storage.RecordingListener;
import io.j8s.storage.Store;
import io.j8s.storage.Watch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of writes, guarded writes, reads at past revisions, ranges, compactions and (on
 * disk) restarts give the same answers from the embedded store as from {@link StoreModel}, and a
 * watch from the compacted revision replays exactly the model's changes.
 */
class EmbeddedStoreModelTest {

    private static final List<String> KEYS = List.of("/a/1", "/a/10", "/a/2", "/ab", "/b/1", "/b/x");
    private static final List<String> PREFIXES = List.of("/a/", "/b/", "/", "/a", "/c/");

    /** One step: what to do, to which key, and a number that picks guards, revisions and limits. */
    record Op(int kind, int key, int arg) {}

    @Provide
    Arbitrary<List<Op>> operations() {
        return Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, KEYS.size() - 1),
                Arbitraries.integers().between(0, 1_000)).as(Op::new).list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void theInMemoryStoreBehavesLikeTheModel(@ForAll("operations") List<Op> ops) {
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            check(store, null, ops);
        }
    }

    @Property(tries = 60)
    void theDurableStoreBehavesLikeTheModelAcrossRestarts(@ForAll("operations") List<Op> ops) throws IOException {
        Path dir = Files.createTempDirectory("j8s-store-property");
        EmbeddedStore.Options options = new EmbeddedStore.Options(1024, Duration.ofSeconds(5));
        try {
            Store last = check(EmbeddedStore.open(dir, options), () -> EmbeddedStore.open(dir, options), ops);
            last.close();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Runs the operations on the store and the model side by side; returns the store in use at the end. */
    private static Store check(Store initial, Supplier<Store> reopen, List<Op> ops) {
        Store store = initial;
        StoreModel model = new StoreModel();
        int step = 0;
        for (Op op : ops) {
            step++;
            String key = KEYS.get(op.key());
            byte[] value = ("v" + step).getBytes(StandardCharsets.UTF_8);
            Store s = store;
            switch (op.kind()) {
                case 0 -> same(() -> s.create(key, value), () -> model.create(key, value));
                case 1 -> {
                    long guard = guard(model, key, op.arg());
                    same(() -> s.update(key, value, guard), () -> model.update(key, value, guard));
                }
                case 2 -> {
                    long guard = guard(model, key, op.arg());
                    same(() -> s.delete(key, guard), () -> model.delete(key, guard));
                }
                case 3 -> {
                    long at = op.arg() % (model.revision() + 1);
                    same(() -> s.get(key, at).orElse(null), () -> model.at(at).get(key));
                }
                case 4 -> range(s, model, op);
                case 5 -> {
                    long at = op.arg() % (model.revision() + 1);
                    s.compact(at);
                    model.compact(at);
                    assertThat(s.compactedRevision()).isEqualTo(model.compacted());
                }
                default -> {
                    if (reopen != null) {
                        store.close();
                        store = reopen.get();
                    }
                }
            }
            assertThat(store.currentRevision()).isEqualTo(model.revision());
        }
        // a watch after revision 0 starts "now", so history is checked from revision 1 on
        long after = Math.max(model.compacted(), 1);
        RecordingListener listener = new RecordingListener();
        try (Watch w = store.watch("/", after, listener)) {
            var expected = model.eventsAfter(after);
            if (!expected.isEmpty()) {
                listener.awaitRevision(model.revision());
            }
            assertThat(listener.events()).usingRecursiveFieldByFieldElementComparator().isEqualTo(expected);
        }
        return store;
    }

    private static long guard(StoreModel model, String key, int arg) {
        KeyValue current = model.latest(key);
        return switch (arg % 3) {
            case 0 -> 0;
            case 1 -> current == null ? 1 + arg % 5 : current.modRevision();
            default -> current == null ? 1 : current.modRevision() - 1 - arg % 2;
        };
    }

    private static void range(Store store, StoreModel model, Op op) {
        String prefix = PREFIXES.get(op.arg() % PREFIXES.size());
        int limit = op.arg() % 4;
        long at = (op.arg() / 7) % (model.revision() + 1);
        String startAfter = op.arg() % 5 == 0 ? KEYS.get(op.key()) : null;
        same(() -> store.range(new RangeRequest(prefix, startAfter, limit, at)), () -> {
            List<KeyValue> matching = model.at(at).values().stream()
                    .filter(kv -> kv.key().startsWith(prefix))
                    .filter(kv -> startAfter == null || kv.key().compareTo(startAfter) > 0)
                    .toList();
            List<KeyValue> items = limit > 0 && matching.size() > limit ? matching.subList(0, limit) : matching;
            long remaining = matching.size() - items.size();
            return new RangeResult(items, at == 0 ? model.revision() : at, remaining > 0, remaining);
        });
    }

    /** Both sides return equal values or throw the same kind of exception. */
    private static void same(Supplier<Object> actual, Supplier<Object> expected) {
        Object want;
        Object got;
        try {
            want = expected.get();
        } catch (RuntimeException e) {
            want = e;
        }
        try {
            got = actual.get();
        } catch (RuntimeException e) {
            got = e;
        }
        if (want instanceof RuntimeException e) {
            assertThat(got).isInstanceOf(e.getClass());
            assertThat(((RuntimeException) got).getMessage()).isEqualTo(e.getMessage());
        } else {
            assertThat(got).usingRecursiveComparison().isEqualTo(want);
        }
    }
}
