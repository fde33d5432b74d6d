package io.j8s.apiserver.registry.generic;

import static io.j8s.apiserver.registry.generic.RegistryFixture.configMap;
import static io.j8s.apiserver.registry.generic.RegistryFixture.rv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.RequestOptions.ListOptions;
import io.j8s.storage.embedded.EmbeddedStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WatchCacheTest {

    private final CountingStore store = new CountingStore(EmbeddedStore.inMemory());
    private final RegistryFixture f = new RegistryFixture(store);
    private final RequestOptions.Write defaults = RequestOptions.Write.defaults();

    @AfterEach
    void close() {
        f.close();
    }

    private static ListOptions from(String rv) {
        return new ListOptions(null, null, 0, null, rv, null, 0, false, null);
    }

    @Test
    void manyWatchersShareOneStoreWatch() throws Exception {
        f.configMaps().create("default", configMap("a"), defaults);
        int before = store.watches.get();
        List<RecordingSink> sinks = new ArrayList<>();
        List<AutoCloseable> watches = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            RecordingSink sink = new RecordingSink();
            sinks.add(sink);
            watches.add(f.configMaps().watch("default", from("0"), sink));
        }

        f.configMaps().create("default", configMap("b"), defaults);

        for (RecordingSink sink : sinks) {
            await().atMost(Duration.ofSeconds(5)).until(() -> sink.summaries().size() == 2);
            assertThat(sink.summaries()).containsExactly("ADDED a", "ADDED b");
        }
        assertThat(store.watches.get() - before).isEqualTo(1);
        for (AutoCloseable w : watches) {
            w.close();
        }
    }

    @Test
    void aWatchFromARecentResourceVersionReplaysTheCachedChanges() throws Exception {
        try (AutoCloseable warm = f.configMaps().watch("default", from("0"), new RecordingSink())) {
            ObjectNode a = f.configMaps().create("default", configMap("a"), defaults);
            f.configMaps().create("default", configMap("b"), defaults);
            f.configMaps().delete("default", "a", RequestOptions.Delete.defaults());
            int watchesBefore = store.watches.get();
            RecordingSink sink = new RecordingSink();

            try (AutoCloseable w = f.configMaps().watch("default", from(rv(a)), sink)) {
                await().atMost(Duration.ofSeconds(5)).until(() -> sink.summaries().size() == 2);
                assertThat(sink.summaries()).containsExactly("ADDED b", "DELETED a");
                assertThat(store.watches.get()).isEqualTo(watchesBefore);
            }
        }
    }

    @Test
    void aWatchFromBeforeTheCacheStartedFallsBackToTheStore() throws Exception {
        ObjectNode a = f.configMaps().create("default", configMap("a"), defaults);
        f.configMaps().create("default", configMap("b"), defaults);
        try (AutoCloseable warm = f.configMaps().watch("default", from("0"), new RecordingSink())) {
            RecordingSink sink = new RecordingSink();

            try (AutoCloseable w = f.configMaps().watch("default", from(rv(a)), sink)) {
                await().atMost(Duration.ofSeconds(5)).until(() -> sink.summaries().size() == 1);
                assertThat(sink.summaries()).containsExactly("ADDED b");
            }
        }
    }

    @Test
    void listAtResourceVersionZeroIsServedFromTheCache() throws Exception {
        f.configMaps().create("default", configMap("a"), defaults);
        try (AutoCloseable warm = f.configMaps().watch("default", from("0"), new RecordingSink())) {
            f.configMaps().create("default", configMap("b"), defaults);
            int rangesBefore = store.ranges.get();

            // resourceVersion=0 may trail the store by the changes in flight: it catches up
            await().atMost(Duration.ofSeconds(5)).until(() -> f.configMaps().list("default", from("0")).path("items").size() == 2);
            ObjectNode list = f.configMaps().list("default", from("0"));

            assertThat(list.path("metadata").path("resourceVersion").asText()).isEqualTo(Long.toString(store.currentRevision()));
            assertThat(store.ranges.get()).isEqualTo(rangesBefore);
        }
    }

    @Test
    void aWatchFromAResourceVersionTheCacheHasNotReachedSkipsWhatTheClientHasSeen() throws Exception {
        try (AutoCloseable warm = f.configMaps().watch("default", from("0"), new RecordingSink())) {
            ObjectNode a = f.configMaps().create("default", configMap("a"), defaults);
            RecordingSink sink = new RecordingSink();

            try (AutoCloseable w = f.configMaps().watch("default", from(rv(a)), sink)) {
                f.configMaps().create("default", configMap("b"), defaults);

                await().atMost(Duration.ofSeconds(5)).until(() -> !sink.summaries().isEmpty());
                assertThat(sink.summaries()).containsExactly("ADDED b");
            }
        }
    }

    @Test
    void versionsOfOneResourceShareTheCacheAndConvert() throws Exception {
        RecordingSink sink = new RecordingSink();
        try (AutoCloseable w = f.registry("events.k8s.io", "v1", "events").watch("default", from("0"), sink)) {
            ObjectNode event = io.j8s.apimachinery.json.Json.object();
            event.putObject("metadata").put("name", "e1");
            event.putObject("involvedObject").put("kind", "Pod").put("name", "p").put("namespace", "default");
            event.put("reason", "Started").put("message", "started").put("type", "Normal");
            event.putObject("source").put("component", "kubelet");
            event.put("firstTimestamp", "2026-01-02T03:04:05Z").put("lastTimestamp", "2026-01-02T03:04:05Z").put("count", 1);
            f.registry("", "v1", "events").create("default", event, defaults);

            await().atMost(Duration.ofSeconds(5)).until(() -> sink.summaries().size() == 1);
            assertThat(sink.events.get(0).object().path("apiVersion").asText()).isEqualTo("events.k8s.io/v1");
        }
    }
}
