package io.j8s.controllers.cronjob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.j8s.controllers.ControllerManager;
import io.j8s.controllers.base.TestCluster;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The controller manager runs 90 s ahead of the API server, so a {@code * * * * *} CronJob created now is already
 * due at least once without the test waiting for a minute boundary.
 */
class CronJobControllerIT {

    private static TestCluster cluster;
    private static KubernetesClient client;
    private static ControllerManager manager;

    @BeforeAll
    static void start() {
        cluster = new TestCluster();
        client = cluster.client();
        manager = new ControllerManager(cluster.newClient(), Clock.offset(Clock.systemUTC(), Duration.ofSeconds(90)),
                Set.of("cronjob"), Duration.ofSeconds(4), Duration.ofSeconds(3), Duration.ofMillis(500));
        manager.start();
    }

    @AfterAll
    static void stop() throws Exception {
        manager.close();
        cluster.close();
    }

    @Test
    void aDueCronJobStartsAJobAndTracksItUntilItSucceeds() {
        client.batch().v1().cronjobs().inNamespace("default").resource(new CronJobBuilder().withNewMetadata()
                .withName("tick").endMetadata().withNewSpec().withSchedule("* * * * *").withConcurrencyPolicy("Forbid")
                .withNewJobTemplate().withNewSpec().withNewTemplate().withNewSpec().addNewContainer().withName("c")
                .withImage("busybox").endContainer().withRestartPolicy("Never").endSpec().endTemplate().endSpec()
                .endJobTemplate().endSpec().build()).create();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            CronJob cj = client.batch().v1().cronjobs().inNamespace("default").withName("tick").get();
            assertThat(cj.getStatus()).isNotNull();
            assertThat(cj.getStatus().getActive()).hasSize(1);
            assertThat(cj.getStatus().getLastScheduleTime()).isNotNull();
        });
        List<Job> jobs = client.batch().v1().jobs().inNamespace("default").list().getItems();
        assertThat(jobs).hasSize(1);
        Job job = jobs.get(0);
        assertThat(job.getMetadata().getName()).matches("tick-\\d+");
        assertThat(job.getMetadata().getAnnotations()).containsKey("batch.kubernetes.io/cronjob-scheduled-timestamp");

        client.batch().v1().jobs().inNamespace("default").resource(new JobBuilder(job).withNewStatus().addNewCondition()
                .withType("Complete").withStatus("True").endCondition().withCompletionTime("2026-01-01T00:00:00Z")
                .endStatus().build()).updateStatus();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            CronJob cj = client.batch().v1().cronjobs().inNamespace("default").withName("tick").get();
            assertThat(cj.getStatus().getActive()).isEmpty();
            assertThat(cj.getStatus().getLastSuccessfulTime()).isEqualTo("2026-01-01T00:00:00Z");
        });
    }
}
