package io.j8s.apiserver.registry.apps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v1.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.registry.BuiltinResources;
import io.j8s.apiserver.registry.Conversions;
import io.j8s.apiserver.registry.ResourceDefinition;
import io.j8s.apiserver.registry.Strategies;
import io.j8s.apiserver.registry.Strategy;
import org.junit.jupiter.api.Test;

/** The strategies of the groups beyond core, as the registry gets them: registered, with metadata rules around them. */
class RegisteredStrategiesTest {

    private static ResourceDefinition definition(String group, String version, String resource) {
        return BuiltinResources.all().stream()
                .filter(d -> d.group().equals(group) && d.version().equals(version) && d.resource().equals(resource))
                .findFirst().orElseThrow();
    }

    @Test
    void deploymentsGetTheirDefaultsAndBothMetadataAndSpecValidation() {
        Strategy strategy = Strategies.forResource(definition("apps", "v1", "deployments"));
        ObjectNode obj = Json.toTree(new DeploymentBuilder().withNewMetadata().withNamespace("default").endMetadata()
                .withNewSpec().withNewSelector().addToMatchLabels("app", "web").endSelector()
                .withNewTemplate().withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec()
                .endTemplate().endSpec().build());

        strategy.applyDefaults(obj);

        assertThat(obj.at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(strategy.validate(obj)).extracting(FieldError::message).containsExactlyInAnyOrder(
                "metadata.name: Required value: name or generateName is required",
                "spec.template.metadata.labels: Invalid value: map[string]string(nil): `selector` does not match template `labels`");
    }

    @Test
    void rbacNamesNeedOnlyBePathSegments() {
        Strategy strategy = Strategies.forResource(definition("rbac.authorization.k8s.io", "v1", "roles"));
        ObjectNode obj = Json.toTree(new RoleBuilder().withNewMetadata().withName("system:Reader").withNamespace("default")
                .endMetadata().build());

        assertThat(strategy.validate(obj)).isEmpty();
    }

    @Test
    void autoscalingV1ObjectsAreStoredAsV2AndReadBack() {
        ResourceDefinition v1 = definition("autoscaling", "v1", "horizontalpodautoscalers");
        ObjectNode hpa = Json.toTree(new HorizontalPodAutoscalerBuilder().withApiVersion("autoscaling/v1")
                .withKind("HorizontalPodAutoscaler").withNewMetadata().withName("web").withNamespace("default").endMetadata()
                .withNewSpec().withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment").withName("web")
                .endScaleTargetRef().withMinReplicas(1).withMaxReplicas(4).withTargetCPUUtilizationPercentage(50).endSpec().build());

        ObjectNode stored = Conversions.toStorage(v1, hpa.deepCopy());

        assertThat(stored.path("apiVersion").asText()).isEqualTo("autoscaling/v2");
        assertThat(stored.at("/spec/metrics/0/resource/target/averageUtilization").asInt()).isEqualTo(50);
        assertThat(Conversions.fromStorage(v1, stored)).isEqualTo(hpa);
    }
}
