package io.j8s.apiserver.registry.generic;

import static io.j8s.apiserver.registry.generic.RegistryFixture.configMap;
import static io.j8s.apiserver.registry.generic.RegistryFixture.pod;
import static io.j8s.apiserver.registry.generic.RegistryFixture.rv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apiserver.registry.PatchType;
import io.j8s.apiserver.registry.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoreResourceRegistryWriteTest {

    private final RegistryFixture f = new RegistryFixture();
    private final RequestOptions.Write defaults = RequestOptions.Write.defaults();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void createSetsUidCreationTimestampAndResourceVersionFromTheStore() {
        ObjectNode created = f.configMaps().create("default", configMap("a"), defaults);

        assertThat(created.path("metadata").path("uid").asText()).matches("[0-9a-f-]{36}");
        assertThat(created.path("metadata").path("creationTimestamp").asText()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(rv(created)).isEqualTo(Long.toString(f.store.currentRevision()));
        assertThat(created.path("metadata").path("namespace").asText()).isEqualTo("default");
        assertThat(created.path("metadata").has("generation")).isFalse();
        String stored = new String(f.store.get("/registry/configmaps/default/a", 0).orElseThrow().value(), StandardCharsets.UTF_8);
        assertThat(stored).doesNotContain("resourceVersion");
    }

    @Test
    void createIgnoresClientSetSystemFields() {
        ObjectNode cm = configMap("a");
        cm.withObjectProperty("metadata").put("uid", "mine").put("resourceVersion", "99").put("deletionTimestamp", "2020-01-01T00:00:00Z");

        ObjectNode created = f.configMaps().create("default", cm, defaults);

        assertThat(created.path("metadata").path("uid").asText()).isNotEqualTo("mine");
        assertThat(created.path("metadata").has("deletionTimestamp")).isFalse();
    }

    @Test
    void createOfAnExistingNameIsAlreadyExists() {
        f.configMaps().create("default", configMap("a"), defaults);

        assertThatThrownBy(() -> f.configMaps().create("default", configMap("a"), defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(409);
                    assertThat(e.getMessage()).isEqualTo("configmaps \"a\" already exists");
                });
    }

    @Test
    void generateNameAppendsFiveCharactersOfKubernetesAlphabet() {
        ObjectNode cm = configMap("");
        cm.withObjectProperty("metadata").remove("name");
        cm.withObjectProperty("metadata").put("generateName", "web-");

        ObjectNode created = f.configMaps().create("default", cm, defaults);

        assertThat(created.path("metadata").path("name").asText()).matches("web-[bcdfghjklmnpqrstvwxz2456789]{5}");
    }

    @Test
    void namespaceInTheBodyMustMatchTheRequest() {
        ObjectNode cm = configMap("a");
        cm.withObjectProperty("metadata").put("namespace", "other");

        assertThatThrownBy(() -> f.configMaps().create("default", cm, defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("the namespace of the provided object does not match the namespace sent on the request"));
    }

    @Test
    void invalidObjectsAre422WithKindAndName() {
        ObjectNode cm = configMap("Not_Valid");

        assertThatThrownBy(() -> f.configMaps().create("default", cm, defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(422);
                    assertThat(e.getMessage()).startsWith("ConfigMap \"Not_Valid\" is invalid: metadata.name");
                });
    }

    @Test
    void objectsAboveOnePointFiveMebibytesAreTooLarge() {
        // a ControllerRevision's data is opaque, so only the store's limit applies to it
        ObjectNode revision = io.j8s.apimachinery.json.Json.object();
        revision.putObject("metadata").put("name", "big");
        revision.put("revision", 1);
        revision.putObject("data").put("blob", "x".repeat(1_600_000));

        assertThatThrownBy(() -> f.registry("apps", "v1", "controllerrevisions").create("default", revision, defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(413));
    }

    @Test
    void dryRunCreateReturnsTheObjectWithoutStoringIt() {
        long before = f.store.currentRevision();

        ObjectNode created = f.configMaps().create("default", configMap("a"), RegistryFixture.dryRun());

        assertThat(created.path("metadata").path("uid").asText()).isNotEmpty();
        assertThat(f.store.currentRevision()).isEqualTo(before);
        assertThatThrownBy(() -> f.configMaps().get("default", "a", RequestOptions.Get.latest()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void strictFieldValidationRefusesUnknownFields() {
        ObjectNode cm = configMap("a");
        cm.put("spec", "x");
        cm.withObjectProperty("metadata").put("bogus", 1);

        assertThatThrownBy(() -> f.configMaps().create("default", cm,
                RegistryFixture.validation(RequestOptions.FieldValidation.STRICT, RequestOptions.Warnings.NONE)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("strict decoding error: unknown field \"");
                });
    }

    @Test
    void warnFieldValidationAddsAWarningPerUnknownField() {
        ObjectNode cm = configMap("a");
        cm.withObjectProperty("metadata").put("bogus", 1);
        List<String> warnings = new ArrayList<>();

        f.configMaps().create("default", cm, RegistryFixture.validation(RequestOptions.FieldValidation.WARN, warnings::add));

        assertThat(warnings).containsExactly("unknown field \"metadata.bogus\"");
    }

    @Test
    void updateWithAStaleResourceVersionIsAConflict() {
        ObjectNode created = f.configMaps().create("default", configMap("a"), defaults);
        ObjectNode first = created.deepCopy();
        first.withObjectProperty("data").put("k", "v2");
        f.configMaps().update("default", "a", first, defaults);

        ObjectNode stale = created.deepCopy();
        stale.withObjectProperty("data").put("k", "v3");

        assertThatThrownBy(() -> f.configMaps().update("default", "a", stale, defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(409);
                    assertThat(e.getMessage()).isEqualTo("Operation cannot be fulfilled on configmaps \"a\": the object has been "
                            + "modified; please apply your changes to the latest version and try again");
                });
    }

    @Test
    void updateWithoutResourceVersionIsUnconditional() {
        f.configMaps().create("default", configMap("a"), defaults);
        ObjectNode next = configMap("a", Map.of(), Map.of("k", "v9"));

        ObjectNode updated = f.configMaps().update("default", "a", next, defaults);

        assertThat(updated.path("data").path("k").asText()).isEqualTo("v9");
    }

    @Test
    void updateKeepsUidAndCreationTimestamp() {
        ObjectNode created = f.configMaps().create("default", configMap("a"), defaults);
        f.clock.advance(Duration.ofHours(1));
        ObjectNode next = created.deepCopy();
        next.withObjectProperty("metadata").remove("uid");
        next.withObjectProperty("metadata").put("creationTimestamp", "2000-01-01T00:00:00Z");
        next.withObjectProperty("data").put("k", "v2");

        ObjectNode updated = f.configMaps().update("default", "a", next, defaults);

        assertThat(updated.path("metadata").path("uid")).isEqualTo(created.path("metadata").path("uid"));
        assertThat(updated.path("metadata").path("creationTimestamp").asText()).isEqualTo("2026-01-02T03:04:05Z");
    }

    @Test
    void updateOfAMissingObjectIsNotFound() {
        assertThatThrownBy(() -> f.configMaps().update("default", "nope", configMap("nope"), defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).isEqualTo("configmaps \"nope\" not found"));
    }

    @Test
    void nameInTheBodyMustMatchTheUrlOnUpdate() {
        f.configMaps().create("default", configMap("a"), defaults);

        assertThatThrownBy(() -> f.configMaps().update("default", "a", configMap("b"), defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("the name of the object (b) does not match the name on the URL (a)"));
    }

    @Test
    void identicalUpdateDoesNotWrite() {
        ObjectNode created = f.configMaps().create("default", configMap("a"), defaults);
        long before = f.store.currentRevision();

        ObjectNode updated = f.configMaps().update("default", "a", created.deepCopy(), defaults);

        assertThat(f.store.currentRevision()).isEqualTo(before);
        assertThat(rv(updated)).isEqualTo(rv(created));
    }

    @Test
    void generationStartsAtOneAndMovesOnlyWhenTheSpecChanges() {
        ObjectNode created = f.pods().create("default", pod("p"), defaults);
        assertThat(created.path("metadata").path("generation").asLong()).isEqualTo(1);

        ObjectNode labelled = created.deepCopy();
        labelled.withObjectProperty("metadata").putObject("labels").put("a", "b");
        ObjectNode afterLabel = f.pods().update("default", "p", labelled, defaults);
        assertThat(afterLabel.path("metadata").path("generation").asLong()).isEqualTo(1);

        ObjectNode newImage = afterLabel.deepCopy();
        ((ObjectNode) newImage.withObjectProperty("spec").withArray("containers").get(0)).put("image", "busybox:2");
        ObjectNode afterSpec = f.pods().update("default", "p", newImage, defaults);
        assertThat(afterSpec.path("metadata").path("generation").asLong()).isEqualTo(2);
    }

    @Test
    void statusIsIgnoredOnCreateAndUpdateAndOnlyStatusChangesThroughTheSubresource() {
        ObjectNode p = pod("p");
        p.putObject("status").put("phase", "Running");
        ObjectNode created = f.pods().create("default", p, defaults);
        assertThat(created.path("status").path("phase").asText()).isNotEqualTo("Running");

        ObjectNode withStatus = created.deepCopy();
        withStatus.withObjectProperty("status").put("phase", "Running");
        ObjectNode updated = f.pods().update("default", "p", withStatus, defaults);
        assertThat(updated.path("status").path("phase").asText()).isEqualTo(created.path("status").path("phase").asText());

        ObjectNode statusWrite = updated.deepCopy();
        statusWrite.withObjectProperty("status").put("phase", "Running");
        ((ObjectNode) statusWrite.withObjectProperty("spec").withArray("containers").get(0)).put("image", "ignored");
        ObjectNode afterStatus = f.pods().updateSubresource("default", "p", "status", statusWrite, defaults);
        assertThat(afterStatus.path("status").path("phase").asText()).isEqualTo("Running");
        assertThat(afterStatus.path("spec").path("containers").get(0).path("image").asText()).isEqualTo("busybox");
        assertThat(afterStatus.path("metadata").path("generation").asLong()).isEqualTo(1);
    }

    @Test
    void mergePatchAppliesToTheCurrentObject() {
        f.configMaps().create("default", configMap("a"), defaults);

        ObjectNode patched = f.configMaps().patch("default", "a", PatchType.MERGE,
                "{\"data\":{\"x\":\"y\"}}".getBytes(StandardCharsets.UTF_8), defaults);

        assertThat(patched.path("data").path("k").asText()).isEqualTo("v");
        assertThat(patched.path("data").path("x").asText()).isEqualTo("y");
    }

    @Test
    void jsonAndStrategicPatchesApply() {
        f.configMaps().create("default", configMap("a"), defaults);

        f.configMaps().patch("default", "a", PatchType.JSON,
                "[{\"op\":\"replace\",\"path\":\"/data/k\",\"value\":\"j\"}]".getBytes(StandardCharsets.UTF_8), defaults);
        ObjectNode patched = f.configMaps().patch("default", "a", PatchType.STRATEGIC_MERGE,
                "{\"metadata\":{\"labels\":{\"l\":\"1\"}}}".getBytes(StandardCharsets.UTF_8), defaults);

        assertThat(patched.path("data").path("k").asText()).isEqualTo("j");
        assertThat(patched.path("metadata").path("labels").path("l").asText()).isEqualTo("1");
    }

    @Test
    void patchWithAStaleResourceVersionIsAConflict() {
        f.configMaps().create("default", configMap("a"), defaults);
        f.configMaps().patch("default", "a", PatchType.MERGE, "{\"data\":{\"x\":\"1\"}}".getBytes(StandardCharsets.UTF_8), defaults);

        assertThatThrownBy(() -> f.configMaps().patch("default", "a", PatchType.MERGE,
                "{\"metadata\":{\"resourceVersion\":\"1\"},\"data\":{\"x\":\"2\"}}".getBytes(StandardCharsets.UTF_8), defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(409));
    }

    @Test
    void applyPatchCreatesAMissingObjectAndMergesOntoAnExistingOne() {
        byte[] applied = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: one\n".getBytes(StandardCharsets.UTF_8);
        ObjectNode created = f.configMaps().patch("default", "a", PatchType.APPLY, applied, defaults);
        assertThat(created.path("data").path("k").asText()).isEqualTo("one");

        byte[] again = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: two\n".getBytes(StandardCharsets.UTF_8);
        ObjectNode merged = f.configMaps().patch("default", "a", PatchType.APPLY, again, defaults);
        assertThat(merged.path("data").path("k").asText()).isEqualTo("two");
        assertThat(merged.path("metadata").path("uid")).isEqualTo(created.path("metadata").path("uid"));
    }

    @Test
    void patchOfAMissingObjectIsNotFound() {
        assertThatThrownBy(() -> f.configMaps().patch("default", "a", PatchType.MERGE, "{}".getBytes(StandardCharsets.UTF_8), defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void dryRunUpdateDoesNotWrite() {
        ObjectNode created = f.configMaps().create("default", configMap("a"), defaults);
        long before = f.store.currentRevision();
        ObjectNode next = created.deepCopy();
        next.withObjectProperty("data").put("k", "dry");

        ObjectNode result = f.configMaps().update("default", "a", next, RegistryFixture.dryRun());

        assertThat(result.path("data").path("k").asText()).isEqualTo("dry");
        assertThat(f.store.currentRevision()).isEqualTo(before);
        assertThat(f.configMaps().get("default", "a", RequestOptions.Get.latest()).path("data").path("k").asText()).isEqualTo("v");
    }

    @Test
    void getWithAFutureResourceVersionIsATimeout() {
        f.configMaps().create("default", configMap("a"), defaults);

        assertThatThrownBy(() -> f.configMaps().get("default", "a", new RequestOptions.Get("999999")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(504);
                    assertThat(e.getMessage()).startsWith("Timeout: Too large resource version: 999999, current: ");
                });
    }
}
