package io.j8s.apiserver.registry.autoscaling.horizontalpodautoscaler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class HorizontalPodAutoscalerStrategyTest {

    private final HorizontalPodAutoscalerStrategy strategy = new HorizontalPodAutoscalerStrategy();

    private static HorizontalPodAutoscalerBuilder hpa() {
        return new HorizontalPodAutoscalerBuilder()
                .withNewMetadata().withName("web").withNamespace("default").endMetadata()
                .withNewSpec()
                .withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment").withName("web").endScaleTargetRef()
                .withMaxReplicas(5)
                .endSpec();
    }

    private ObjectNode defaulted(HorizontalPodAutoscaler hpa) {
        ObjectNode obj = Json.toTree(hpa);
        strategy.applyDefaults(obj);
        return obj;
    }

    private List<String> errors(HorizontalPodAutoscaler hpa) {
        return strategy.validate(defaulted(hpa)).stream().map(FieldError::message).toList();
    }

    @Test
    void defaultsMinReplicasAndCpuUtilizationMetric() {
        ObjectNode obj = defaulted(hpa().build());

        assertThat(obj.at("/spec/minReplicas").asInt()).isEqualTo(1);
        assertThat(obj.at("/spec/metrics/0/type").asText()).isEqualTo("Resource");
        assertThat(obj.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
        assertThat(obj.at("/spec/metrics/0/resource/target/averageUtilization").asInt()).isEqualTo(80);
        assertThat(strategy.validate(obj)).isEmpty();
    }

    @Test
    void fillsScalingRulesOfAGivenBehavior() {
        ObjectNode obj = defaulted(hpa().editSpec().withNewBehavior().withNewScaleDown().withStabilizationWindowSeconds(60)
                .endScaleDown().endBehavior().endSpec().build());

        assertThat(obj.at("/spec/behavior/scaleUp/policies").size()).isEqualTo(2);
        assertThat(obj.at("/spec/behavior/scaleUp/selectPolicy").asText()).isEqualTo("Max");
        assertThat(obj.at("/spec/behavior/scaleDown/stabilizationWindowSeconds").asInt()).isEqualTo(60);
        assertThat(obj.at("/spec/behavior/scaleDown/policies/0/type").asText()).isEqualTo("Percent");
        assertThat(strategy.validate(obj)).isEmpty();
    }

    @Test
    void rejectsMaxReplicasBelowMinReplicas() {
        assertThat(errors(hpa().editSpec().withMinReplicas(4).withMaxReplicas(2).endSpec().build())).containsExactly(
                "spec.maxReplicas: Invalid value: 2: must be greater than or equal to `minReplicas`");
    }

    @Test
    void rejectsZeroMinReplicasAndMaxReplicas() {
        assertThat(errors(hpa().editSpec().withMinReplicas(0).withMaxReplicas(0).endSpec().build())).containsExactly(
                "spec.minReplicas: Invalid value: 0: must be greater than or equal to 1",
                "spec.maxReplicas: Invalid value: 0: must be greater than 0");
    }

    @Test
    void requiresScaleTargetRef() {
        assertThat(errors(hpa().editSpec().withScaleTargetRef(null).endSpec().build())).containsExactly(
                "spec.scaleTargetRef.kind: Required value", "spec.scaleTargetRef.name: Required value");
    }

    @Test
    void rejectsMetricWithoutTheSourceItsTypeNames() {
        HorizontalPodAutoscaler h = hpa().editSpec()
                .addNewMetric().withType("Pods").withNewResource().withName("cpu").withNewTarget().withType("Utilization")
                .withAverageUtilization(50).endTarget().endResource().endMetric()
                .endSpec().build();

        assertThat(errors(h)).containsExactly(
                "spec.metrics[0].pods: Required value: must populate information for the given metric source");
    }

    @Test
    void rejectsMetricWithASecondSource() {
        HorizontalPodAutoscaler h = hpa().editSpec()
                .addNewMetric().withType("Pods")
                .withNewPods().withNewMetric().withName("rps").endMetric().withNewTarget().withType("AverageValue")
                .withAverageValue(new Quantity("5")).endTarget().endPods()
                .withNewResource().withName("cpu").withNewTarget().withType("Utilization")
                .withAverageUtilization(50).endTarget().endResource().endMetric()
                .endSpec().build();

        assertThat(errors(h)).containsExactly("spec.metrics[0].resource: Forbidden: must populate the given metric source only");
    }

    @Test
    void rejectsResourceTargetWithoutValueAndNonPositiveQuantities() {
        HorizontalPodAutoscaler h = hpa().editSpec()
                .addNewMetric().withType("Resource").withNewResource().withName("memory").withNewTarget().withType("Utilization")
                .endTarget().endResource().endMetric()
                .addNewMetric().withType("External").withNewExternal().withNewMetric().withName("queue").endMetric()
                .withNewTarget().withType("Value").withValue(new Quantity("0")).endTarget().endExternal().endMetric()
                .endSpec().build();

        assertThat(errors(h)).containsExactlyInAnyOrder(
                "spec.metrics[0].resource.target.averageUtilization: Required value: must set either a target raw value or a target utilization",
                "spec.metrics[1].external.target.value: Invalid value: \"0\": must be positive");
    }

    @Test
    void validatesAnAutoscalingV1ObjectInItsV2Form() {
        ObjectNode v1 = Json.toTree(new io.fabric8.kubernetes.api.model.autoscaling.v1.HorizontalPodAutoscalerBuilder()
                .withNewMetadata().withName("web").withNamespace("default").endMetadata()
                .withNewSpec().withNewScaleTargetRef().withKind("Deployment").withName("web").endScaleTargetRef()
                .withMaxReplicas(3).withTargetCPUUtilizationPercentage(0).endSpec().build());
        strategy.applyDefaults(v1);

        assertThat(v1.at("/spec/minReplicas").asInt()).isEqualTo(1);
        assertThat(v1.at("/spec/metrics").isMissingNode()).isTrue();
        assertThat(strategy.validate(v1)).extracting(FieldError::message).containsExactly(
                "spec.metrics[0].resource.target.averageUtilization: Invalid value: 0: must be greater than 0");
    }
}
