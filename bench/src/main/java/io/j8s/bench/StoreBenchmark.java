package io.j8s.bench;

import io.j8s.storage.Store;
import io.j8s.storage.embedded.EmbeddedStore;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Durable writes/s of a {@link Store}: {@code clients} virtual threads create keys with 1 KiB values
 * until {@code writes} are acknowledged, after a short warm-up, as the API server would under load.
 */
public final class StoreBenchmark {

    private static final int VALUE_BYTES = 1024;

    private StoreBenchmark() {}

    /** Runs the benchmark against {@code store} and prints writes/s and latency percentiles. */
    public static void run(Store store, int writes, int clients, PrintStream out) throws Exception {
        byte[] value = new byte[VALUE_BYTES];
        new Random(42).nextBytes(value);
        String prefix = "/bench/" + UUID.randomUUID() + "/";
        drive(store, prefix + "warm/", value, Math.min(5_000, Math.max(writes / 10, 100)), clients);
        long revisionBefore = store.currentRevision();
        long start = System.nanoTime();
        Latencies latencies = drive(store, prefix + "run/", value, writes, clients);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("Store writes: %d creates of %d-byte values by %d concurrent clients on %s%n",
                writes, VALUE_BYTES, clients, store.getClass().getSimpleName());
        out.printf("  %.0f durable writes/s in %.2f s (revision %d -> %d)%n",
                writes / seconds, seconds, revisionBefore, store.currentRevision());
        out.printf("  latency %s%n", latencies.summary());
    }

    private static Latencies drive(Store store, String prefix, byte[] value, int writes, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<Latencies>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    Latencies mine = new Latencies();
                    int i;
                    while ((i = next.getAndIncrement()) < writes) {
                        long t0 = System.nanoTime();
                        store.create(prefix + i, value);
                        mine.add(System.nanoTime() - t0);
                    }
                    return mine;
                }));
            }
            Latencies all = new Latencies();
            for (Future<Latencies> w : workers) {
                all.addAll(w.get());
            }
            return all;
        }
    }

    /**
     * Runs against a durable embedded store in a temporary directory.
     * Arguments: {@code [writes [clients...]]}, by default 100000 writes with 64 and 256 clients.
     */
    public static void main(String[] args) throws Exception {
        int writes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<Integer> clientCounts = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            clientCounts.add(Integer.parseInt(args[i]));
        }
        if (clientCounts.isEmpty()) {
            clientCounts = List.of(64, 256);
        }
        for (int clients : clientCounts) {
            Path dir = Files.createTempDirectory("j8s-bench-store");
            try (Store store = EmbeddedStore.open(dir)) {
                run(store, writes, clients, System.out);
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
