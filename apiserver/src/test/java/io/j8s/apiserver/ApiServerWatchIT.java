package io.j8s.apiserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Watches streamed to the fabric8 client, an informer, and a raw chunked reader. */
class ApiServerWatchIT {

    private static TestApiServer server;

    @BeforeAll
    static void start() {
        server = TestApiServer.plainHttp();
        server.ensureNamespace("default");
        server.ensureNamespace("watched");
        server.ensureNamespace("informed");
        server.ensureNamespace("raw");
        server.ensureNamespace("lines");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ConfigMap configMap(String name, String value) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata().addToData("k", value).build();
    }

    @Test
    void streamsAddedModifiedAndDeletedEventsToAWatcher() {
        List<String> events = new CopyOnWriteArrayList<>();
        var cms = server.client().configMaps().inNamespace("watched");
        try (Watch watch = cms.watch(new Watcher<>() {
            @Override
            public void eventReceived(Action action, ConfigMap resource) {
                events.add(action + " " + resource.getMetadata().getName() + " " + resource.getData().get("k"));
            }

            @Override
            public void onClose(WatcherException cause) {}
        })) {
            cms.resource(configMap("w1", "a")).create();
            cms.withName("w1").edit(c -> new ConfigMapBuilder(c).addToData("k", "b").build());
            cms.withName("w1").delete();
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(events).containsExactly("ADDED w1 a", "MODIFIED w1 b", "DELETED w1 b"));
        }
    }

    @Test
    void feedsAnInformerItsListAndLaterChanges() {
        var cms = server.client().configMaps().inNamespace("informed");
        cms.resource(configMap("before", "1")).create();
        List<String> seen = new CopyOnWriteArrayList<>();
        SharedIndexInformer<ConfigMap> informer = cms.inform(new ResourceEventHandler<>() {
            @Override
            public void onAdd(ConfigMap obj) {
                seen.add("add " + obj.getMetadata().getName());
            }

            @Override
            public void onUpdate(ConfigMap oldObj, ConfigMap newObj) {
                seen.add("update " + newObj.getMetadata().getName() + " " + newObj.getData().get("k"));
            }

            @Override
            public void onDelete(ConfigMap obj, boolean deletedFinalStateUnknown) {
                seen.add("delete " + obj.getMetadata().getName());
            }
        });
        try {
            await().atMost(Duration.ofSeconds(10)).until(informer::hasSynced);
            cms.resource(configMap("after", "1")).create();
            cms.withName("before").edit(c -> new ConfigMapBuilder(c).addToData("k", "2").build());
            cms.withName("after").delete();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(seen)
                    .containsExactly("add before", "add after", "update before 2", "delete after"));
            assertThat(informer.getStore().list()).extracting(c -> c.getMetadata().getName()).containsExactly("before");
        } finally {
            informer.close();
        }
    }

    @Test
    void sendsOneJsonEventPerLineOverAChunkedResponse() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.url().resolve("/api/v1/namespaces/lines/configmaps?watch=true&timeoutSeconds=30"))
                .GET().build();
        HttpResponse<InputStream> response = server.http().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            server.client().configMaps().inNamespace("lines").resource(configMap("line", "x")).create();
            String line = lines.readLine();
            assertThat(line).startsWith("{\"type\":\"ADDED\",\"object\":{").contains("\"name\":\"line\"");
        }
    }

    @Test
    void endsAWatchWhenItsTimeoutPasses() throws Exception {
        HttpResponse<String> response = server.get("/api/v1/namespaces/raw/configmaps?watch=1&timeoutSeconds=1&resourceVersion=0");
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void watchesThroughTheLegacyWatchPrefix() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.url().resolve("/api/v1/watch/namespaces/raw/configmaps/legacy"))
                .GET().build();
        HttpResponse<InputStream> response = server.http().send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            server.client().configMaps().inNamespace("raw").resource(configMap("other", "x")).create();
            server.client().configMaps().inNamespace("raw").resource(configMap("legacy", "x")).create();
            assertThat(lines.readLine()).contains("\"name\":\"legacy\"");
        }
    }

    @Test
    void forgetsAWatchWhoseClientWentAway() throws Exception {
        int before = server.server().openWatches();
        HttpRequest request = HttpRequest.newBuilder(server.url().resolve("/api/v1/namespaces/raw/secrets?watch=true"))
                .GET().build();
        HttpResponse<InputStream> response = server.http().send(request, HttpResponse.BodyHandlers.ofInputStream());
        await().atMost(Duration.ofSeconds(10)).until(() -> server.server().openWatches() == before + 1);
        response.body().close();
        // the next event finds the connection gone and ends the watch on the server
        server.client().secrets().inNamespace("raw").resource(new io.fabric8.kubernetes.api.model.SecretBuilder()
                .withNewMetadata().withName("s1").endMetadata().build()).create();
        server.client().secrets().inNamespace("raw").withName("s1").delete();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(server.server().openWatches()).isLessThanOrEqualTo(before));
    }
}
