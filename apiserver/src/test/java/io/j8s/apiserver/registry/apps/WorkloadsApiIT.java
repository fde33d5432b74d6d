package io.j8s.apiserver.registry.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v1.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.j8s.apiserver.TestApiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Workload defaults and validation as a client sees them, through the real server. */
class WorkloadsApiIT {

    private static TestApiServer server;
    private static KubernetesClient client;

    @BeforeAll
    static void start() {
        server = TestApiServer.plainHttp();
        client = server.client();
        server.ensureNamespace("default");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static DeploymentBuilder deployment(String name, String selected, String labelled) {
        return new DeploymentBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withNewSelector().addToMatchLabels("app", selected).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", labelled).endMetadata()
                .withNewSpec().addNewContainer().withName("nginx").withImage("nginx").endContainer().endSpec()
                .endTemplate().endSpec();
    }

    @Test
    void createsADefaultedDeployment() {
        Deployment created = client.apps().deployments().inNamespace("default").resource(deployment("web", "web", "web").build()).create();

        assertThat(created.getSpec().getReplicas()).isEqualTo(1);
        assertThat(created.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getStrVal()).isEqualTo("25%");
        assertThat(created.getSpec().getTemplate().getSpec().getRestartPolicy()).isEqualTo("Always");
        assertThat(created.getMetadata().getGeneration()).isEqualTo(1);
    }

    @Test
    void answers422WhenTheSelectorDoesNotMatchTheTemplate() {
        assertThatThrownBy(() -> client.apps().deployments().inNamespace("default")
                .resource(deployment("bad", "web", "api").build()).create())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getStatus().getMessage()).isEqualTo("Deployment.apps \"bad\" is invalid: "
                            + "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"api\"}: "
                            + "`selector` does not match template `labels`");
                });
    }

    @Test
    void generatesAJobSelectorFromItsUid() {
        Job created = client.batch().v1().jobs().inNamespace("default").resource(new JobBuilder()
                .withNewMetadata().withName("pi").endMetadata()
                .withNewSpec().withNewTemplate().withNewSpec().withRestartPolicy("Never")
                .addNewContainer().withName("pi").withImage("perl").endContainer().endSpec().endTemplate().endSpec()
                .build()).create();

        String uid = created.getMetadata().getUid();
        assertThat(created.getSpec().getSelector().getMatchLabels()).containsEntry("batch.kubernetes.io/controller-uid", uid);
        assertThat(created.getSpec().getTemplate().getMetadata().getLabels())
                .containsEntry("batch.kubernetes.io/job-name", "pi").containsEntry("controller-uid", uid);
        assertThat(created.getSpec().getBackoffLimit()).isEqualTo(6);
    }

    @Test
    void servesAnHpaCreatedAtV1AtV2() {
        client.autoscaling().v1().horizontalPodAutoscalers().inNamespace("default").resource(new HorizontalPodAutoscalerBuilder()
                .withNewMetadata().withName("web").endMetadata()
                .withNewSpec().withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment").withName("web")
                .endScaleTargetRef().withMaxReplicas(5).withTargetCPUUtilizationPercentage(60).endSpec().build()).create();

        HorizontalPodAutoscaler v2 = client.autoscaling().v2().horizontalPodAutoscalers().inNamespace("default").withName("web").get();

        assertThat(v2.getSpec().getMinReplicas()).isEqualTo(1);
        assertThat(v2.getSpec().getMetrics()).singleElement()
                .satisfies(m -> assertThat(m.getResource().getTarget().getAverageUtilization()).isEqualTo(60));
    }
}
