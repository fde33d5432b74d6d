package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceRegistry;
import io.j8s.storage.Store;
import io.j8s.storage.embedded.EmbeddedStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;

/** An in-memory store, a fake clock and the registries over them, with fixture builders. */
final class RegistryFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2026-01-02T03:04:05Z");

    final Store store;
    final MutableClock clock = new MutableClock(START);
    StoreRegistries registries;

    RegistryFixture() {
        this(EmbeddedStore.inMemory());
    }

    RegistryFixture(Store store) {
        this.store = store;
        this.registries = newRegistries();
        namespaces().create(null, namespace("default"), RequestOptions.Write.defaults());
    }

    StoreRegistries newRegistries() {
        return new StoreRegistries(store, clock, StoreRegistries.Options.defaults()
                .withRandom(new Random(7)).withBookmarkInterval(Duration.ofMillis(50)));
    }

    ResourceRegistry registry(String group, String version, String resource) {
        return registries.find(group, version, resource).orElseThrow();
    }

    ResourceRegistry namespaces() {
        return registry("", "v1", "namespaces");
    }

    ResourceRegistry configMaps() {
        return registry("", "v1", "configmaps");
    }

    ResourceRegistry pods() {
        return registry("", "v1", "pods");
    }

    ResourceRegistry services() {
        return registry("", "v1", "services");
    }

    static ObjectNode namespace(String name) {
        return Json.toTree(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build());
    }

    static ObjectNode configMap(String name, Map<String, String> labels, Map<String, String> data) {
        return Json.toTree(new ConfigMapBuilder().withNewMetadata().withName(name).withLabels(labels).endMetadata()
                .withData(data).build());
    }

    static ObjectNode configMap(String name) {
        return configMap(name, Map.of(), Map.of("k", "v"));
    }

    static ObjectNode pod(String name) {
        return Json.toTree(new PodBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec().build());
    }

    static ObjectNode boundPod(String name, String node) {
        ObjectNode pod = pod(name);
        pod.withObjectProperty("spec").put("nodeName", node);
        return pod;
    }

    static String rv(ObjectNode obj) {
        return obj.path("metadata").path("resourceVersion").asText();
    }

    static RequestOptions.Write dryRun() {
        return new RequestOptions.Write(true, null, RequestOptions.FieldValidation.WARN, false, RequestOptions.Warnings.NONE);
    }

    static RequestOptions.Write validation(RequestOptions.FieldValidation v, RequestOptions.Warnings warnings) {
        return new RequestOptions.Write(false, null, v, false, warnings);
    }

    @Override
    public void close() {
        registries.close();
        store.close();
    }
}
