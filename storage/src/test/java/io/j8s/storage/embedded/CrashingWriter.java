package io.j8s.storage.embedded;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The child process of {@link EmbeddedStoreCrashTest}: concurrent writers create keys in a durable
 * store until the process is killed, printing {@code ack <key> <value>} for each acknowledged write.
 */
public final class CrashingWriter {

    private CrashingWriter() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int writers = Integer.parseInt(args[1]);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        // small segments so that log rolls and snapshots happen while the process is killed
        EmbeddedStore store = EmbeddedStore.open(dir, new EmbeddedStore.Options(256 * 1024, Duration.ofSeconds(5)));
        long run = ProcessHandle.current().pid();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < writers; w++) {
                int writer = w;
                pool.submit(() -> {
                    for (long i = 0; ; i++) {
                        String key = "/crash/" + run + "/" + writer + "/" + i;
                        String value = writer + ":" + i + ":" + "x".repeat(200);
                        store.create(key, value.getBytes(StandardCharsets.UTF_8));
                        synchronized (out) {
                            out.println("ack " + key + " " + value);
                            out.flush();
                        }
                    }
                });
            }
        }
    }
}
