package io.j8s.apiserver.registry.autoscaling.horizontalpodautoscaler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.autoscaling.v1.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.j8s.apimachinery.json.Json;
import org.junit.jupiter.api.Test;

class AutoscalingV1ConversionTest {

    private static io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder v2() {
        return new io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder()
                .withApiVersion("autoscaling/v2").withKind("HorizontalPodAutoscaler")
                .withNewMetadata().withName("web").withNamespace("default").endMetadata()
                .withNewSpec()
                .withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment").withName("web").endScaleTargetRef()
                .withMinReplicas(2).withMaxReplicas(10)
                .endSpec();
    }

    @Test
    void convertsTargetCpuUtilizationToAResourceMetric() {
        ObjectNode v1 = Json.toTree(new HorizontalPodAutoscalerBuilder().withApiVersion("autoscaling/v1")
                .withNewMetadata().withName("web").endMetadata()
                .withNewSpec().withNewScaleTargetRef().withKind("Deployment").withName("web").endScaleTargetRef()
                .withMaxReplicas(4).withTargetCPUUtilizationPercentage(70).endSpec()
                .withNewStatus().withCurrentReplicas(2).withDesiredReplicas(3).withCurrentCPUUtilizationPercentage(55).endStatus()
                .build());

        HorizontalPodAutoscaler v2 = Json.toObject(AutoscalingV1Conversion.toV2(v1), HorizontalPodAutoscaler.class);

        assertThat(v2.getApiVersion()).isEqualTo("autoscaling/v2");
        assertThat(v2.getSpec().getMetrics()).singleElement().satisfies(m -> {
            assertThat(m.getType()).isEqualTo("Resource");
            assertThat(m.getResource().getName()).isEqualTo("cpu");
            assertThat(m.getResource().getTarget().getType()).isEqualTo("Utilization");
            assertThat(m.getResource().getTarget().getAverageUtilization()).isEqualTo(70);
        });
        assertThat(v2.getStatus().getCurrentMetrics()).singleElement()
                .satisfies(m -> assertThat(m.getResource().getCurrent().getAverageUtilization()).isEqualTo(55));
        assertThat(v1.at("/spec/targetCPUUtilizationPercentage").asInt()).isEqualTo(70);
    }

    @Test
    void keepsCpuTargetAndMovesOtherMetricsAndBehaviorToAnnotations() {
        ObjectNode v2 = Json.toTree(v2().editSpec()
                .addNewMetric().withType("Pods").withNewPods().withNewMetric().withName("requests").endMetric()
                .withNewTarget().withType("AverageValue").withAverageValue(new Quantity("10")).endTarget().endPods().endMetric()
                .addNewMetric().withType("Resource").withNewResource().withName("cpu").withNewTarget().withType("Utilization")
                .withAverageUtilization(60).endTarget().endResource().endMetric()
                .withNewBehavior().withNewScaleDown().withStabilizationWindowSeconds(30).endScaleDown().endBehavior()
                .endSpec().build());

        ObjectNode v1 = AutoscalingV1Conversion.toV1(v2);

        assertThat(v1.path("apiVersion").asText()).isEqualTo("autoscaling/v1");
        assertThat(v1.at("/spec/targetCPUUtilizationPercentage").asInt()).isEqualTo(60);
        assertThat(v1.at("/spec/metrics").isMissingNode()).isTrue();
        assertThat(v1.at("/metadata/annotations").path(AutoscalingV1Conversion.METRICS_ANNOTATION).asText())
                .isEqualTo("[{\"type\":\"Pods\",\"pods\":{\"metricName\":\"requests\",\"targetAverageValue\":\"10\"}}]");
        assertThat(v1.at("/metadata/annotations").has(AutoscalingV1Conversion.BEHAVIOR_ANNOTATION)).isTrue();
    }

    @Test
    void roundTripsEveryMetricTypeThroughV1() {
        ObjectNode v2 = Json.toTree(v2().editSpec()
                .addNewMetric().withType("Object").withNewObject()
                .withNewDescribedObject().withApiVersion("networking.k8s.io/v1").withKind("Ingress").withName("main").endDescribedObject()
                .withNewMetric().withName("rps").endMetric()
                .withNewTarget().withType("Value").withValue(new Quantity("2k")).endTarget().endObject().endMetric()
                .addNewMetric().withType("External").withNewExternal().withNewMetric().withName("queue")
                .withNewSelector().addToMatchLabels("queue", "jobs").endSelector().endMetric()
                .withNewTarget().withType("AverageValue").withAverageValue(new Quantity("30")).endTarget().endExternal().endMetric()
                .addNewMetric().withType("ContainerResource").withNewContainerResource().withName("memory").withContainer("app")
                .withNewTarget().withType("AverageValue").withAverageValue(new Quantity("500Mi")).endTarget().endContainerResource().endMetric()
                .addNewMetric().withType("Resource").withNewResource().withName("cpu").withNewTarget().withType("Utilization")
                .withAverageUtilization(75).endTarget().endResource().endMetric()
                .withNewBehavior().withNewScaleUp().withSelectPolicy("Min").endScaleUp().endBehavior()
                .endSpec()
                .withNewStatus().withCurrentReplicas(3).withDesiredReplicas(3)
                .addNewCondition().withType("AbleToScale").withStatus("True").withReason("ReadyForNewScale").endCondition()
                .addNewCurrentMetric().withType("Resource").withNewResource().withName("cpu").withNewCurrent()
                .withAverageUtilization(40).endCurrent().endResource().endCurrentMetric()
                .endStatus()
                .build());

        ObjectNode back = AutoscalingV1Conversion.toV2(AutoscalingV1Conversion.toV1(v2));

        assertThat(back).isEqualTo(v2);
    }
}
