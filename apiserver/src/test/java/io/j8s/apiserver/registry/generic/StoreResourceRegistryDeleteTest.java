package io.j8s.apiserver.registry.generic;

import static io.j8s.apiserver.registry.generic.RegistryFixture.boundPod;
import static io.j8s.apiserver.registry.generic.RegistryFixture.configMap;
import static io.j8s.apiserver.registry.generic.RegistryFixture.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceRegistry.DeleteOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoreResourceRegistryDeleteTest {

    private final RegistryFixture f = new RegistryFixture();
    private final RequestOptions.Write defaults = RequestOptions.Write.defaults();

    @AfterEach
    void close() {
        f.close();
    }

    private static RequestOptions.Delete grace(Long seconds) {
        return new RequestOptions.Delete(seconds, null, null, null, false);
    }

    private boolean exists(String resource, String name) {
        try {
            f.registry("", "v1", resource).get("default", name, RequestOptions.Get.latest());
            return true;
        } catch (ApiException e) {
            return false;
        }
    }

    @Test
    void deleteRemovesAnObjectWithoutFinalizers() {
        f.configMaps().create("default", configMap("a"), defaults);

        DeleteOutcome outcome = f.configMaps().delete("default", "a", RequestOptions.Delete.defaults());

        assertThat(outcome.gone()).isTrue();
        assertThat(outcome.object().path("metadata").path("name").asText()).isEqualTo("a");
        assertThat(exists("configmaps", "a")).isFalse();
    }

    @Test
    void deleteOfAMissingObjectIsNotFound() {
        assertThatThrownBy(() -> f.configMaps().delete("default", "a", RequestOptions.Delete.defaults()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void failedPreconditionsAreConflicts() {
        f.configMaps().create("default", configMap("a"), defaults);

        assertThatThrownBy(() -> f.configMaps().delete("default", "a", new RequestOptions.Delete(null, null, "other-uid", null, false)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("Precondition failed: UID in precondition: other-uid, UID in object meta: ");
                });
        assertThatThrownBy(() -> f.configMaps().delete("default", "a", new RequestOptions.Delete(null, null, null, "1", false)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage())
                        .contains("Precondition failed: ResourceVersion in precondition: 1, ResourceVersion in object meta: "));
    }

    @Test
    void finalizersKeepTheObjectUntilTheLastIsRemoved() {
        ObjectNode cm = configMap("a");
        cm.withObjectProperty("metadata").putArray("finalizers").add("example.com/hold");
        f.configMaps().create("default", cm, defaults);

        DeleteOutcome outcome = f.configMaps().delete("default", "a", RequestOptions.Delete.defaults());
        assertThat(outcome.gone()).isFalse();
        assertThat(outcome.object().path("metadata").path("deletionTimestamp").asText()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(outcome.object().path("metadata").path("deletionGracePeriodSeconds").asLong()).isZero();

        ObjectNode current = f.configMaps().get("default", "a", RequestOptions.Get.latest());
        ObjectNode added = current.deepCopy();
        added.withObjectProperty("metadata").withArray("finalizers").add("example.com/new");
        assertThatThrownBy(() -> f.configMaps().update("default", "a", added, defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage())
                        .contains("no new finalizers can be added if the object is being deleted"));

        ObjectNode cleared = current.deepCopy();
        cleared.withObjectProperty("metadata").remove("finalizers");
        f.configMaps().update("default", "a", cleared, defaults);
        assertThat(exists("configmaps", "a")).isFalse();
    }

    @Test
    void orphanAndForegroundPropagationAddTheirFinalizer() {
        f.configMaps().create("default", configMap("a"), defaults);
        f.configMaps().create("default", configMap("b"), defaults);

        DeleteOutcome orphan = f.configMaps().delete("default", "a", new RequestOptions.Delete(null, "Orphan", null, null, false));
        DeleteOutcome foreground = f.configMaps().delete("default", "b", new RequestOptions.Delete(null, "Foreground", null, null, false));

        assertThat(orphan.gone()).isFalse();
        assertThat(orphan.object().path("metadata").path("finalizers").get(0).asText()).isEqualTo("orphan");
        assertThat(foreground.object().path("metadata").path("finalizers").get(0).asText()).isEqualTo("foregroundDeletion");
    }

    @Test
    void unboundPodsAreDeletedAtOnce() {
        f.pods().create("default", pod("p"), defaults);

        assertThat(f.pods().delete("default", "p", RequestOptions.Delete.defaults()).gone()).isTrue();
    }

    @Test
    void boundPodsAreDeletedGracefullyUntilAForcedDelete() {
        ObjectNode p = boundPod("p", "node-1");
        p.withObjectProperty("spec").put("terminationGracePeriodSeconds", 45);
        f.pods().create("default", p, defaults);

        DeleteOutcome first = f.pods().delete("default", "p", RequestOptions.Delete.defaults());
        assertThat(first.gone()).isFalse();
        assertThat(first.object().path("metadata").path("deletionTimestamp").asText()).isEqualTo("2026-01-02T03:04:50Z");
        assertThat(first.object().path("metadata").path("deletionGracePeriodSeconds").asLong()).isEqualTo(45);

        DeleteOutcome again = f.pods().delete("default", "p", RequestOptions.Delete.defaults());
        assertThat(again.gone()).isFalse();

        DeleteOutcome forced = f.pods().delete("default", "p", grace(0L));
        assertThat(forced.gone()).isTrue();
        assertThat(exists("pods", "p")).isFalse();
    }

    @Test
    void boundPodsDefaultToThirtySecondsOfGrace() {
        f.pods().create("default", boundPod("p", "node-1"), defaults);

        DeleteOutcome outcome = f.pods().delete("default", "p", RequestOptions.Delete.defaults());

        assertThat(outcome.object().path("metadata").path("deletionGracePeriodSeconds").asLong()).isEqualTo(30);
    }

    @Test
    void dryRunDeleteKeepsTheObject() {
        f.configMaps().create("default", configMap("a"), defaults);

        DeleteOutcome outcome = f.configMaps().delete("default", "a", new RequestOptions.Delete(null, null, null, null, true));

        assertThat(outcome.gone()).isTrue();
        assertThat(exists("configmaps", "a")).isTrue();
    }
}
