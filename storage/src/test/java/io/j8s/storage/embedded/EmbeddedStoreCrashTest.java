package io.j8s.storage.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.j8s.storage.KeyValue;
import io.j8s.storage.RangeRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store process killed with SIGKILL mid-stream loses no acknowledged write. */
class EmbeddedStoreCrashTest {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesAKillDashNine() throws Exception {
        Map<String, String> acked = new ConcurrentHashMap<>();
        for (int round = 0; round < 2; round++) {
            int before = acked.size();
            Process child = start();
            Thread reader = Thread.ofVirtual().start(() -> readAcks(child, acked));
            await().atMost(Duration.ofSeconds(60))
                    .failFast("the writer process exited early", () -> !child.isAlive())
                    .until(() -> acked.size() >= before + 4_000);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(Duration.ofSeconds(30)); // acks still in the pipe count too

            try (EmbeddedStore store = EmbeddedStore.open(dir)) {
                for (Map.Entry<String, String> e : acked.entrySet()) {
                    KeyValue kv = store.get(e.getKey(), 0).orElse(null);
                    assertThat(kv).as("acknowledged key %s", e.getKey()).isNotNull();
                    assertThat(new String(kv.value(), StandardCharsets.UTF_8)).isEqualTo(e.getValue());
                }
                List<KeyValue> all = store.range(RangeRequest.prefix("/")).items();
                // only creates were written, so the revision counts the keys: no write lost its revision
                assertThat(store.currentRevision()).isEqualTo(all.size());
                assertThat(all.size()).isGreaterThanOrEqualTo(acked.size());
            }
            // the second round writes on top of the recovered store and is killed again
            String restartMarker = "/restart/" + round;
            try (EmbeddedStore store = EmbeddedStore.open(dir)) {
                store.create(restartMarker, new byte[0]);
            }
            acked.put(restartMarker, "");
        }
    }

    private Process start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(),
                dir.toString(), "32")
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("child.err").toFile()))
                .start();
    }

    private static void readAcks(Process child, Map<String, String> acked) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] parts = line.split(" ", 3);
                if (parts.length == 3 && parts[0].equals("ack")) {
                    acked.put(parts[1], parts[2]);
                }
            }
        } catch (java.io.IOException e) {
            // the pipe closes when the child dies
        }
    }
}
