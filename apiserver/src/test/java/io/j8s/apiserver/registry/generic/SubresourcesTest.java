package io.j8s.apiserver.registry.generic;

import static io.j8s.apiserver.registry.generic.RegistryFixture.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.BindingBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.registry.PatchType;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceRegistry;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SubresourcesTest {

    private final RegistryFixture f = new RegistryFixture();
    private final RequestOptions.Write defaults = RequestOptions.Write.defaults();

    @AfterEach
    void close() {
        f.close();
    }

    private static ObjectNode binding(String pod, String node) {
        return Json.toTree(new BindingBuilder().withNewMetadata().withName(pod).endMetadata()
                .withNewTarget().withKind("Node").withName(node).endTarget().build());
    }

    private ResourceRegistry deployments() {
        return f.registry("apps", "v1", "deployments");
    }

    private static ObjectNode deployment(String name, int replicas) {
        return Json.toTree(new DeploymentBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withReplicas(replicas)
                .withNewSelector().addToMatchLabels("app", name).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", name).endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec()
                .endTemplate().endSpec().build());
    }

    @Test
    void bindingAssignsTheNodeOnceAndMarksThePodScheduled() {
        f.pods().create("default", pod("p"), defaults);

        ObjectNode status = f.pods().createSubresource("default", "p", "binding", binding("p", "node-1"), defaults);

        assertThat(status.path("status").asText()).isEqualTo("Success");
        assertThat(status.path("code").asInt()).isEqualTo(201);
        ObjectNode bound = f.pods().get("default", "p", RequestOptions.Get.latest());
        assertThat(bound.path("spec").path("nodeName").asText()).isEqualTo("node-1");
        JsonNode condition = bound.path("status").path("conditions").get(0);
        assertThat(condition.path("type").asText()).isEqualTo("PodScheduled");
        assertThat(condition.path("status").asText()).isEqualTo("True");

        assertThatThrownBy(() -> f.pods().createSubresource("default", "p", "binding", binding("p", "node-2"), defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(409);
                    assertThat(e.getMessage()).isEqualTo("Operation cannot be fulfilled on pods \"p\": pod p is already assigned to node \"node-1\"");
                });
    }

    @Test
    void theBindingsCollectionBindsLikeTheSubresource() {
        f.pods().create("default", pod("p"), defaults);

        f.registry("", "v1", "bindings").create("default", binding("p", "node-3"), defaults);

        assertThat(f.pods().get("default", "p", RequestOptions.Get.latest()).path("spec").path("nodeName").asText()).isEqualTo("node-3");
    }

    @Test
    void evictionDeletesThePod() {
        f.pods().create("default", pod("p"), defaults);
        ObjectNode eviction = Json.object();
        eviction.put("apiVersion", "policy/v1").put("kind", "Eviction").putObject("metadata").put("name", "p");

        ObjectNode status = f.pods().createSubresource("default", "p", "eviction", eviction, defaults);

        assertThat(status.path("code").asInt()).isEqualTo(201);
        assertThatThrownBy(() -> f.pods().get("default", "p", RequestOptions.Get.latest()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void scaleReadsAndWritesReplicas() {
        deployments().create("default", deployment("web", 2), defaults);

        ObjectNode scale = deployments().getSubresource("default", "web", "scale");
        assertThat(scale.path("kind").asText()).isEqualTo("Scale");
        assertThat(scale.path("apiVersion").asText()).isEqualTo("autoscaling/v1");
        assertThat(scale.path("spec").path("replicas").asInt()).isEqualTo(2);
        assertThat(scale.path("status").path("selector").asText()).isEqualTo("app=web");

        scale.withObjectProperty("spec").put("replicas", 5);
        ObjectNode updated = deployments().updateSubresource("default", "web", "scale", scale, defaults);
        assertThat(updated.path("spec").path("replicas").asInt()).isEqualTo(5);
        ObjectNode deployment = deployments().get("default", "web", RequestOptions.Get.latest());
        assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(5);
        assertThat(deployment.path("metadata").path("generation").asLong()).isEqualTo(2);

        ObjectNode patched = deployments().patchSubresource("default", "web", "scale", PatchType.MERGE,
                "{\"spec\":{\"replicas\":1}}".getBytes(StandardCharsets.UTF_8), defaults);
        assertThat(patched.path("spec").path("replicas").asInt()).isEqualTo(1);
    }

    @Test
    void staleScaleIsAConflict() {
        deployments().create("default", deployment("web", 2), defaults);
        ObjectNode scale = deployments().getSubresource("default", "web", "scale");
        ObjectNode first = scale.deepCopy();
        first.withObjectProperty("spec").put("replicas", 3);
        deployments().updateSubresource("default", "web", "scale", first, defaults);

        scale.withObjectProperty("spec").put("replicas", 4);
        assertThatThrownBy(() -> deployments().updateSubresource("default", "web", "scale", scale, defaults))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(409));
    }

    @Test
    void statusPatchChangesOnlyStatus() {
        deployments().create("default", deployment("web", 2), defaults);

        ObjectNode patched = deployments().patchSubresource("default", "web", "status", PatchType.MERGE,
                "{\"spec\":{\"replicas\":9},\"status\":{\"replicas\":2}}".getBytes(StandardCharsets.UTF_8), defaults);

        assertThat(patched.path("status").path("replicas").asInt()).isEqualTo(2);
        assertThat(patched.path("spec").path("replicas").asInt()).isEqualTo(2);
    }

    @Test
    void statusWritesOutsideTheCoreGroupKeepAllMetadata() {
        deployments().create("default", deployment("web", 2), defaults);

        ObjectNode patched = deployments().patchSubresource("default", "web", "status", PatchType.MERGE,
                "{\"metadata\":{\"labels\":{\"x\":\"y\"}},\"status\":{\"replicas\":1}}".getBytes(StandardCharsets.UTF_8), defaults);

        assertThat(patched.path("metadata").path("labels").has("x")).isFalse();
        assertThat(patched.path("status").path("replicas").asInt()).isEqualTo(1);
    }

    @Test
    void podStatusWritesMayChangeLabels() {
        f.pods().create("default", pod("p"), defaults);

        ObjectNode patched = f.pods().patchSubresource("default", "p", "status", PatchType.MERGE,
                "{\"metadata\":{\"labels\":{\"x\":\"y\"}}}".getBytes(StandardCharsets.UTF_8), defaults);

        assertThat(patched.path("metadata").path("labels").path("x").asText()).isEqualTo("y");
    }

    @Test
    void unknownSubresourceIsNotFound() {
        f.pods().create("default", pod("p"), defaults);

        assertThatThrownBy(() -> f.pods().getSubresource("default", "p", "scale"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void accessReviewsAreAllowedAndSelfSubjectReviewNamesTheAdmin() {
        ObjectNode review = Json.object();
        review.putObject("spec").putObject("resourceAttributes").put("verb", "get").put("resource", "pods");

        ObjectNode answer = f.registry("authorization.k8s.io", "v1", "selfsubjectaccessreviews").create(null, review, defaults);
        ObjectNode self = f.registry("authentication.k8s.io", "v1", "selfsubjectreviews").create(null, Json.object(), defaults);

        assertThat(answer.path("status").path("allowed").asBoolean()).isTrue();
        assertThat(self.path("status").path("userInfo").path("username").asText()).isEqualTo("kubernetes-admin");
        assertThat(self.path("status").path("userInfo").path("groups").toString()).contains("system:masters");
    }
}
