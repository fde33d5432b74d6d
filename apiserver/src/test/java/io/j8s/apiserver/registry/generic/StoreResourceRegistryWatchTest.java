package io.j8s.apiserver.registry.generic;

import static io.j8s.apiserver.registry.generic.RegistryFixture.configMap;
import static io.j8s.apiserver.registry.generic.RegistryFixture.rv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.RequestOptions.ListOptions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoreResourceRegistryWatchTest {

    private final RegistryFixture f = new RegistryFixture();
    private final RequestOptions.Write defaults = RequestOptions.Write.defaults();

    @AfterEach
    void close() {
        f.close();
    }

    private static ListOptions watchFrom(String rv, String labels, boolean bookmarks, Boolean initialEvents, long timeout) {
        return new ListOptions(labels, null, 0, null, rv, null, timeout, bookmarks, initialEvents);
    }

    @Test
    void watchFromZeroSendsTheCurrentStateThenChanges() throws Exception {
        f.configMaps().create("default", configMap("a"), defaults);
        RecordingSink sink = new RecordingSink();

        try (AutoCloseable w = f.configMaps().watch("default", watchFrom("0", null, false, null, 0), sink)) {
            f.configMaps().create("default", configMap("b"), defaults);
            f.configMaps().delete("default", "a", RequestOptions.Delete.defaults());

            await().atMost(Duration.ofSeconds(5)).until(() -> sink.summaries().size() == 3);
            assertThat(sink.summaries()).containsExactly("ADDED a", "ADDED b", "DELETED a");
        }
    }

    @Test
    void watchWithoutResourceVersionReadsTheStoreThenFollowsTransitions() throws Exception {
        f.configMaps().create("default", configMap("a", Map.of("app", "y"), Map.of()), defaults);
        f.configMaps().create("default", configMap("b", Map.of("app", "y"), Map.of()), defaults);
        RecordingSink sink = new RecordingSink();

        try (AutoCloseable w = f.configMaps().watch("default", watchFrom(null, "app=y", false, null, 0), sink)) {
            f.configMaps().update("default", "a", configMap("a", Map.of("app", "z"), Map.of()), defaults);
            f.configMaps().delete("default", "b", RequestOptions.Delete.defaults());
            f.configMaps().update("default", "a", configMap("a", Map.of("app", "y"), Map.of()), defaults);

            await().atMost(Duration.ofSeconds(5)).until(() -> sink.summaries().size() == 5);
            assertThat(sink.summaries()).containsExactly("ADDED a", "ADDED b", "DELETED a", "DELETED b", "ADDED a");
        }
    }

    @Test
    void watchFromAResourceVersionSendsOnlyLaterChanges() throws Exception {
        ObjectNode a = f.configMaps().create("default", configMap("a"), defaults);
        ObjectNode updated = a.deepCopy();
        updated.withObjectProperty("data").put("k", "2");
        f.configMaps().update("default", "a", updated, defaults);
        RecordingSink sink = new RecordingSink();

        try (AutoCloseable w = f.configMaps().watch("default", watchFrom(rv(a), null, false, null, 0), sink)) {
            f.configMaps().create("default", configMap("b"), defaults);

            await().atMost(Duration.ofSeconds(5)).until(() -> sink.summaries().size() == 2);
            assertThat(sink.summaries()).containsExactly("MODIFIED a", "ADDED b");
            assertThat(sink.events.get(0).object().path("data").path("k").asText()).isEqualTo("2");
        }
    }

    @Test
    void watchFromACompactedResourceVersionEndsWithExpired() throws Exception {
        ObjectNode a = f.configMaps().create("default", configMap("a"), defaults);
        f.configMaps().create("default", configMap("b"), defaults);
        f.configMaps().create("default", configMap("c"), defaults);
        f.store.compact(f.store.currentRevision());
        RecordingSink sink = new RecordingSink();

        try (AutoCloseable w = f.configMaps().watch("default", watchFrom(rv(a), null, false, null, 0), sink)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> sink.closed);
            assertThat(sink.events).hasSize(1);
            assertThat(sink.events.get(0).type()).isEqualTo("ERROR");
            assertThat(sink.events.get(0).object().path("code").asInt()).isEqualTo(410);
            assertThat(sink.events.get(0).object().path("reason").asText()).isEqualTo("Expired");
            assertThat(sink.events.get(0).object().path("message").asText()).startsWith("too old resource version: " + rv(a));
        }
    }

    @Test
    void objectsThatStartOrStopMatchingAreAddedOrDeleted() throws Exception {
        ObjectNode a = f.configMaps().create("default", configMap("a", Map.of("app", "x"), Map.of()), defaults);
        RecordingSink sink = new RecordingSink();

        try (AutoCloseable w = f.configMaps().watch("default", watchFrom(rv(a), "app=y", false, null, 0), sink)) {
            ObjectNode toY = f.configMaps().update("default", "a", configMap("a", Map.of("app", "y"), Map.of()), defaults);
            f.configMaps().update("default", "a", configMap("a", Map.of("app", "y"), Map.of("k", "1")), defaults);
            ObjectNode toZ = f.configMaps().update("default", "a", configMap("a", Map.of("app", "z"), Map.of()), defaults);

            await().atMost(Duration.ofSeconds(5)).until(() -> sink.summaries().size() == 3);
            assertThat(sink.summaries()).containsExactly("ADDED a", "MODIFIED a", "DELETED a");
            assertThat(rv(sink.events.get(0).object())).isEqualTo(rv(toY));
            // the DELETED event carries the last matching state at the revision it stopped matching
            assertThat(sink.events.get(2).object().path("metadata").path("labels").path("app").asText()).isEqualTo("y");
            assertThat(rv(sink.events.get(2).object())).isEqualTo(rv(toZ));
        }
    }

    @Test
    void initialEventsEndWithABookmarkAnnotated() throws Exception {
        f.configMaps().create("default", configMap("a"), defaults);
        RecordingSink sink = new RecordingSink();

        try (AutoCloseable w = f.configMaps().watch("default", watchFrom(null, null, true, true, 0), sink)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> sink.events.size() >= 2);
            assertThat(sink.events.get(0).summary()).isEqualTo("ADDED a");
            RecordingSink.Event bookmark = sink.events.get(1);
            assertThat(bookmark.type()).isEqualTo("BOOKMARK");
            assertThat(bookmark.object().path("kind").asText()).isEqualTo("ConfigMap");
            assertThat(bookmark.object().path("metadata").path("annotations").path("k8s.io/initial-events-end").asText()).isEqualTo("true");
            assertThat(rv(bookmark.object())).isEqualTo(Long.toString(f.store.currentRevision()));
        }
    }

    @Test
    void bookmarksArriveEveryIntervalWhenAllowed() throws Exception {
        ObjectNode a = f.configMaps().create("default", configMap("a"), defaults);
        RecordingSink sink = new RecordingSink();

        try (AutoCloseable w = f.configMaps().watch("default", watchFrom(rv(a), null, true, null, 0), sink)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> sink.events.stream().anyMatch(e -> e.type().equals("BOOKMARK")));
            assertThat(sink.events.stream().filter(e -> e.type().equals("BOOKMARK")).findFirst().orElseThrow().object()
                    .path("metadata").path("resourceVersion").asText()).isEqualTo(rv(a));
        }
    }

    @Test
    void timeoutSecondsEndsTheWatch() {
        RecordingSink sink = new RecordingSink();

        f.configMaps().watch("default", watchFrom(null, null, false, null, 1), sink);

        await().atMost(Duration.ofSeconds(5)).until(() -> sink.closed);
    }

    @Test
    void watchOfOneNamespaceDoesNotSeeOthers() throws Exception {
        f.namespaces().create(null, RegistryFixture.namespace("other"), defaults);
        RecordingSink sink = new RecordingSink();

        try (AutoCloseable w = f.configMaps().watch("default", watchFrom("0", null, false, null, 0), sink)) {
            f.configMaps().create("other", configMap("x"), defaults);
            f.configMaps().create("default", configMap("y"), defaults);

            await().atMost(Duration.ofSeconds(5)).until(() -> !sink.summaries().isEmpty());
            assertThat(sink.summaries()).containsExactly("ADDED y");
        }
    }
}
