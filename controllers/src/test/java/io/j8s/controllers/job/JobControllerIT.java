package io.j8s.controllers.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.j8s.controllers.base.TestCluster;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The test plays the kubelet: it moves Job pods to Succeeded or Failed through pods/status. */
class JobControllerIT {

    private static TestCluster cluster;
    private static KubernetesClient client;

    @BeforeAll
    static void start() {
        cluster = new TestCluster();
        client = cluster.client();
        cluster.startControllerManager(Set.of("job"));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    private static Job create(String name, int completions, int parallelism, int backoffLimit, String mode) {
        return client.batch().v1().jobs().inNamespace("default").resource(new JobBuilder().withNewMetadata()
                .withName(name).endMetadata().withNewSpec().withCompletions(completions).withParallelism(parallelism)
                .withBackoffLimit(backoffLimit).withCompletionMode(mode).withNewTemplate().withNewMetadata()
                .addToLabels("app", name).endMetadata().withNewSpec().addNewContainer().withName("c")
                .withImage("busybox").endContainer().withRestartPolicy("Never").endSpec().endTemplate().endSpec()
                .build()).create();
    }

    private static List<Pod> activePods(String job) {
        return client.pods().inNamespace("default").withLabel("batch.kubernetes.io/job-name", job).list().getItems()
                .stream().filter(p -> p.getStatus() == null || p.getStatus().getPhase() == null
                        || "Pending".equals(p.getStatus().getPhase())).toList();
    }

    private static void finish(Pod pod, String phase) {
        client.pods().inNamespace("default").resource(new PodBuilder(pod).editOrNewStatus().withPhase(phase).endStatus()
                .build()).updateStatus();
    }

    private static List<String> trueConditions(String job) {
        Job j = client.batch().v1().jobs().inNamespace("default").withName(job).get();
        return j.getStatus() == null ? List.of() : j.getStatus().getConditions().stream()
                .filter(c -> "True".equals(c.getStatus())).map(JobCondition::getType).toList();
    }

    @Test
    void aJobRunsPodsOneAtATimeUntilCompletionsAndCompletes() {
        create("two", 2, 1, 6, "NonIndexed");
        for (int i = 0; i < 2; i++) {
            await().atMost(Duration.ofSeconds(20)).until(() -> activePods("two").size() == 1);
            Pod pod = activePods("two").get(0);
            assertThat(pod.getMetadata().getFinalizers()).contains("batch.kubernetes.io/job-tracking");
            finish(pod, "Succeeded");
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(trueConditions("two")).containsExactly("SuccessCriteriaMet", "Complete"));
        Job job = client.batch().v1().jobs().inNamespace("default").withName("two").get();
        assertThat(job.getStatus().getSucceeded()).isEqualTo(2);
        assertThat(job.getStatus().getCompletionTime()).isNotNull();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(client.pods().inNamespace("default")
                .withLabel("batch.kubernetes.io/job-name", "two").list().getItems())
                .allSatisfy(p -> assertThat(p.getMetadata().getFinalizers()).isEmpty()));
    }

    @Test
    void aJobFailsWhenFailuresExceedTheBackoffLimit() {
        create("flaky", 1, 1, 0, "NonIndexed");
        await().atMost(Duration.ofSeconds(20)).until(() -> activePods("flaky").size() == 1);
        finish(activePods("flaky").get(0), "Failed");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(trueConditions("flaky")).containsExactly("FailureTarget", "Failed"));
        Job job = client.batch().v1().jobs().inNamespace("default").withName("flaky").get();
        assertThat(job.getStatus().getFailed()).isEqualTo(1);
        assertThat(job.getStatus().getConditions()).filteredOn(c -> c.getType().equals("Failed"))
                .extracting(JobCondition::getReason).containsExactly("BackoffLimitExceeded");
    }

    @Test
    void anIndexedJobRunsOnePodPerIndex() {
        create("idx", 3, 3, 6, "Indexed");
        await().atMost(Duration.ofSeconds(20)).until(() -> activePods("idx").size() == 3);
        assertThat(activePods("idx")).extracting(p -> p.getMetadata().getAnnotations()
                .get("batch.kubernetes.io/job-completion-index")).containsExactlyInAnyOrder("0", "1", "2");
        activePods("idx").forEach(p -> finish(p, "Succeeded"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(trueConditions("idx")).contains("Complete"));
        assertThat(client.batch().v1().jobs().inNamespace("default").withName("idx").get().getStatus()
                .getCompletedIndexes()).isEqualTo("0-2");
    }
}
