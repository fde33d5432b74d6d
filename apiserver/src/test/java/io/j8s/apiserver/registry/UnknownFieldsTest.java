package io.j8s.apiserver.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.j8s.apimachinery.json.Json;
import org.junit.jupiter.api.Test;

class UnknownFieldsTest {

    private static PodBuilder pod() {
        return new PodBuilder().withNewMetadata().withName("p").withNamespace("d").addToLabels("any-key", "v")
                .addToAnnotations("x/y", "z").endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("i").addNewPort().withContainerPort(80).endPort()
                .withNewResources().addToLimits("cpu", new Quantity("1")).endResources()
                .withNewReadinessProbe().withNewHttpGet().withPort(new IntOrString("http")).endHttpGet().endReadinessProbe()
                .endContainer().addToNodeSelector("disk", "ssd").endSpec();
    }

    @Test
    void findsNothingInAWellFormedPod() {
        assertThat(new UnknownFields(Pod.class).of(Json.toTree(pod().build()))).isEmpty();
    }

    @Test
    void reportsAMisspelledContainerFieldWithItsPath() {
        ObjectNode obj = Json.toTree(pod().build());
        ((ObjectNode) obj.at("/spec/containers/0")).put("imagee", "nginx");
        ((ObjectNode) obj.at("/spec/containers/0/ports/0")).put("containerPortt", 81);

        assertThat(new UnknownFields(Pod.class).of(obj))
                .containsExactlyInAnyOrder("spec.containers[0].imagee", "spec.containers[0].ports[0].containerPortt");
    }

    @Test
    void reportsUnknownTopLevelAndMetadataFields() {
        ObjectNode obj = Json.toTree(pod().build());
        obj.put("specc", 1);
        ((ObjectNode) obj.get("metadata")).put("lables", "x");

        assertThat(new UnknownFields(Pod.class).of(obj)).containsExactlyInAnyOrder("specc", "metadata.lables");
    }

    @Test
    void doesNotLookIntoFreeFormMaps() {
        ConfigMap cm = new ConfigMapBuilder().withNewMetadata().withName("c").endMetadata().addToData("anything", "goes").build();
        assertThat(new UnknownFields(ConfigMap.class).of(Json.toTree(cm))).isEmpty();
    }

    @Test
    void treatsIntOrStringAndQuantityAsLeaves() {
        Service svc = new ServiceBuilder().withNewMetadata().withName("s").endMetadata().withNewSpec().addNewPort().withPort(80)
                .withTargetPort(new IntOrString("http")).endPort().endSpec().build();
        assertThat(new UnknownFields(Service.class).of(Json.toTree(svc))).isEmpty();
    }

    @Test
    void walksIntoPodTemplatesOfWorkloads() {
        Deployment d = new DeploymentBuilder().withNewMetadata().withName("d").endMetadata().withNewSpec().withNewTemplate()
                .withNewSpec().addNewContainer().withName("c").withImage("i").endContainer().endSpec().endTemplate().endSpec().build();
        ObjectNode obj = Json.toTree(d);
        ((ObjectNode) obj.at("/spec/template/spec/containers/0")).put("imagePullPolicyy", "Always");

        assertThat(new UnknownFields(Deployment.class).of(obj)).containsExactly("spec.template.spec.containers[0].imagePullPolicyy");
    }
}
