package io.j8s.storage.embedded;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.j8s.storage.CompactedException;
import io.j8s.storage.KeyValue;
import io.j8s.storage.RangeRequest;
import io.j8s.storage.RangeResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Readers racing with writers and compaction see exact past states or a clean CompactedException. */
class EmbeddedStoreConcurrencyTest {

    private static final int KEYS = 10;
    private static final int WRITES = 3_000;

    @Test
    void readsAtPastRevisionsDuringCompactionAreExactOrCompacted() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.inMemory()) {
            // the value of every key after every revision, as the single writer made them
            List<Map<String, String>> states = new ArrayList<>();
            states.add(Map.of());
            Map<String, String> current = new HashMap<>();
            for (int i = 1; i <= WRITES; i++) {
                String key = "/c/" + (i % KEYS);
                String value = "v" + i;
                if (current.containsKey(key) && i % 7 == 0) {
                    store.delete(key, 0);
                    current.remove(key);
                } else if (current.containsKey(key)) {
                    store.update(key, value.getBytes(UTF_8), 0);
                    current.put(key, value);
                } else {
                    store.create(key, value.getBytes(UTF_8));
                    current.put(key, value);
                }
                states.add(Map.copyOf(current));
            }
            AtomicBoolean done = new AtomicBoolean();
            AtomicLong checked = new AtomicLong();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> readers = new ArrayList<>();
                for (int r = 0; r < 4; r++) {
                    long seed = r;
                    readers.add(pool.submit(() -> read(store, states, done, checked, new SplittableRandom(seed))));
                }
                try {
                    store.create("/other", new byte[1]);
                    for (long at = 100; at <= WRITES; at += 100) {
                        store.compact(at);
                        // extra writes race with the readers too; they never change past revisions
                        store.update("/other", new byte[1], 0);
                    }
                } finally {
                    done.set(true);
                }
                for (Future<?> f : readers) {
                    f.get();
                }
            }
            assertThat(checked.get()).isPositive();
        }
    }

    private static Void read(EmbeddedStore store, List<Map<String, String>> states, AtomicBoolean done,
            AtomicLong checked, SplittableRandom random) {
        while (!done.get()) {
            long at = 1 + random.nextInt(WRITES);
            try {
                if (random.nextBoolean()) {
                    String key = "/c/" + random.nextInt(KEYS);
                    String got = store.get(key, at).map(kv -> new String(kv.value(), UTF_8)).orElse(null);
                    assertThat(got).as("%s at %d", key, at).isEqualTo(states.get((int) at).get(key));
                } else {
                    RangeResult result = store.range(new RangeRequest("/c/", null, 0, at));
                    Map<String, String> seen = new HashMap<>();
                    for (KeyValue kv : result.items()) {
                        seen.put(kv.key(), new String(kv.value(), UTF_8));
                    }
                    assertThat(seen).as("range at %d", at).isEqualTo(states.get((int) at));
                }
                checked.incrementAndGet();
            } catch (CompactedException e) {
                assertThat(e.compacted()).isGreaterThan(at);
            }
        }
        return null;
    }
}
