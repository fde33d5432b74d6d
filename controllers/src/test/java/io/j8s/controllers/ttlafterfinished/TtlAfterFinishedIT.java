package io.j8s.controllers.ttlafterfinished;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.j8s.controllers.base.TestCluster;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TtlAfterFinishedIT {

    private static TestCluster cluster;
    private static KubernetesClient client;

    @BeforeAll
    static void start() {
        cluster = new TestCluster();
        client = cluster.client();
        cluster.startControllerManager(Set.of("ttl-after-finished", "garbagecollector"));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void aJobThatFinishedLongerAgoThanItsTtlIsDeleted() {
        Job job = client.batch().v1().jobs().inNamespace("default").resource(new JobBuilder().withNewMetadata()
                .withName("old").endMetadata().withNewSpec().withTtlSecondsAfterFinished(0).withNewTemplate().withNewSpec()
                .addNewContainer().withName("c").withImage("busybox").endContainer().withRestartPolicy("Never")
                .endSpec().endTemplate().endSpec().build()).create();
        String finished = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        client.batch().v1().jobs().inNamespace("default").resource(new JobBuilder(job).withNewStatus().addNewCondition()
                .withType("Complete").withStatus("True").withLastTransitionTime(finished).endCondition()
                .withCompletionTime(finished).endStatus().build()).updateStatus();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(client.batch().v1().jobs().inNamespace("default").withName("old").get()).isNull());
    }
}
