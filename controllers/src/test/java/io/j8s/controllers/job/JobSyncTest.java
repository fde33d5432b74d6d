package io.j8s.controllers.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class JobSyncTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:10:00Z");

    private static JobBuilder job(int completions, int parallelism) {
        return new JobBuilder().withNewMetadata().withName("pi").withNamespace("ns").withUid("job-uid").endMetadata()
                .withNewSpec().withCompletions(completions).withParallelism(parallelism).withNewTemplate().withNewSpec()
                .addNewContainer().withName("c").withImage("busybox").endContainer().withRestartPolicy("Never")
                .endSpec().endTemplate().endSpec();
    }

    private static Pod pod(String name, String phase, boolean tracked, Integer index) {
        PodBuilder b = new PodBuilder().withNewMetadata().withName(name).withNamespace("ns").withUid("uid-" + name)
                .withResourceVersion("1").endMetadata().withNewStatus().withPhase(phase).endStatus();
        if (tracked) {
            b.editMetadata().addToFinalizers(JobPods.TRACKING_FINALIZER).endMetadata();
        }
        if (index != null) {
            b.editMetadata().addToAnnotations(JobPods.INDEX_ANNOTATION, index.toString()).endMetadata();
        }
        return b.build();
    }

    private static List<String> trueConditions(JobPlan plan) {
        return plan.status().getConditions().stream().filter(c -> "True".equals(c.getStatus()))
                .map(JobCondition::getType).toList();
    }

    @Test
    void aNewJobStartsParallelismPodsAndSetsStartTime() {
        JobPlan plan = JobSync.plan(job(5, 2).build(), List.of(), NOW, BackoffRecord.NONE);
        assertThat(plan.toCreate()).hasSize(2);
        assertThat(plan.status().getActive()).isEqualTo(2);
        assertThat(plan.status().getStartTime()).isEqualTo("2026-01-01T00:10:00Z");
    }

    @Test
    void finishedPodsAreCountedOnceThroughTheirFinalizer() {
        Job job = job(3, 3).build();
        List<Pod> pods = List.of(pod("a", "Succeeded", true, null), pod("b", "Running", true, null),
                pod("c", "Succeeded", false, null));
        JobPlan plan = JobSync.plan(job, pods, NOW, BackoffRecord.NONE);
        assertThat(plan.finished()).extracting(p -> p.getMetadata().getName()).containsExactly("a");
        assertThat(plan.status().getSucceeded()).isEqualTo(1);
        assertThat(plan.toCreate()).hasSize(1); // completions 3 - 1 succeeded = 2 wanted, 1 running
    }

    @Test
    void uncountedPodsLeftByAnInterruptedSyncAreCountedEvenWhenGone() {
        Job job = job(2, 1).withNewStatus().withNewUncountedTerminatedPods().withSucceeded("uid-gone").endUncountedTerminatedPods()
                .withSucceeded(1).endStatus().build();
        JobPlan plan = JobSync.plan(job, List.of(), NOW, BackoffRecord.NONE);
        assertThat(plan.status().getSucceeded()).isEqualTo(2);
        assertThat(plan.status().getUncountedTerminatedPods().getSucceeded()).isEmpty();
        assertThat(trueConditions(plan)).containsExactly("SuccessCriteriaMet", "Complete");
        assertThat(plan.status().getCompletionTime()).isNotNull();
    }

    @Test
    void reachingCompletionsAddsSuccessCriteriaMetThenCompleteWithAReason() {
        JobPlan plan = JobSync.plan(job(1, 1).build(), List.of(pod("a", "Succeeded", true, null)), NOW, BackoffRecord.NONE);
        assertThat(trueConditions(plan)).containsExactly("SuccessCriteriaMet", "Complete");
        assertThat(plan.status().getConditions().get(1).getReason()).isEqualTo("CompletionsReached");
        assertThat(plan.toCreate()).isEmpty();
    }

    @Test
    void failuresBeyondTheBackoffLimitFailTheJobAndDeleteActivePods() {
        Job job = job(5, 2).editSpec().withBackoffLimit(1).endSpec().build();
        List<Pod> pods = List.of(pod("a", "Failed", true, null), pod("b", "Failed", true, null),
                pod("c", "Running", true, null));
        JobPlan plan = JobSync.plan(job, pods, NOW, BackoffRecord.NONE);
        assertThat(plan.status().getFailed()).isEqualTo(2);
        assertThat(trueConditions(plan)).containsExactly("FailureTarget");
        assertThat(plan.status().getConditions().get(0).getReason()).isEqualTo("BackoffLimitExceeded");
        assertThat(plan.toDelete()).extracting(p -> p.getMetadata().getName()).containsExactly("c");

        Job failing = new JobBuilder(job).withStatus(plan.status()).build();
        JobPlan next = JobSync.plan(failing, List.of(), NOW, plan.backoff());
        assertThat(trueConditions(next)).containsExactly("FailureTarget", "Failed");
    }

    @Test
    void aFailureDelaysTheReplacementByTheBackoff() {
        Job job = job(1, 1).build();
        JobPlan plan = JobSync.plan(job, List.of(pod("a", "Failed", true, null)), NOW, BackoffRecord.NONE);
        assertThat(plan.toCreate()).isEmpty();
        assertThat(plan.requeueAfter()).contains(Duration.ofSeconds(10));
        assertThat(plan.backoff().failuresInRow()).isEqualTo(1);

        JobPlan later = JobSync.plan(new JobBuilder(job).withStatus(plan.status()).build(),
                List.of(pod("a", "Failed", false, null)), NOW.plusSeconds(10), plan.backoff());
        assertThat(later.toCreate()).hasSize(1);
    }

    @Test
    void backoffDoublesFromTenSecondsUpToSixMinutes() {
        assertThat(JobBackoff.delay(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(JobBackoff.delay(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(JobBackoff.delay(4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(JobBackoff.delay(10)).isEqualTo(Duration.ofMinutes(6));
    }

    @Test
    void anActiveDeadlineFailsTheJobWithDeadlineExceeded() {
        Job job = job(1, 1).editSpec().withActiveDeadlineSeconds(60L).endSpec().withNewStatus()
                .withStartTime("2026-01-01T00:00:00Z").endStatus().build();
        JobPlan plan = JobSync.plan(job, List.of(pod("a", "Running", true, null)), NOW, BackoffRecord.NONE);
        assertThat(plan.status().getConditions().get(0).getReason()).isEqualTo("DeadlineExceeded");
        assertThat(plan.toDelete()).hasSize(1);
    }

    @Test
    void beforeTheDeadlineTheJobIsRequeuedForIt() {
        Job job = job(1, 1).editSpec().withActiveDeadlineSeconds(900L).endSpec().withNewStatus()
                .withStartTime("2026-01-01T00:00:00Z").endStatus().build();
        JobPlan plan = JobSync.plan(job, List.of(pod("a", "Running", true, null)), NOW, BackoffRecord.NONE);
        assertThat(plan.requeueAfter()).contains(Duration.ofMinutes(5));
    }

    @Test
    void indexedJobsCreateMissingIndexesAndTrackCompletedOnes() {
        Job job = job(4, 2).editSpec().withCompletionMode("Indexed").endSpec().build();
        List<Pod> pods = List.of(pod("a", "Succeeded", true, 0), pod("b", "Running", true, 1));
        JobPlan plan = JobSync.plan(job, pods, NOW, BackoffRecord.NONE);
        assertThat(plan.status().getCompletedIndexes()).isEqualTo("0");
        assertThat(plan.toCreate()).containsExactly(OptionalInt.of(2));
    }

    @Test
    void indexedPodsGetTheIndexAnnotationEnvAndHostname() {
        Job job = job(4, 2).editSpec().withCompletionMode("Indexed").endSpec().build();
        Pod pod = JobPods.newPod(job, OptionalInt.of(3));
        assertThat(pod.getMetadata().getAnnotations()).containsEntry(JobPods.INDEX_ANNOTATION, "3");
        assertThat(pod.getMetadata().getGenerateName()).isEqualTo("pi-3-");
        assertThat(pod.getSpec().getHostname()).isEqualTo("pi-3");
        assertThat(pod.getSpec().getContainers().get(0).getEnv()).anyMatch(e -> e.getName().equals("JOB_COMPLETION_INDEX"));
        assertThat(pod.getMetadata().getFinalizers()).containsExactly(JobPods.TRACKING_FINALIZER);
        assertThat(pod.getMetadata().getLabels()).containsEntry("batch.kubernetes.io/job-name", "pi");
    }

    @Test
    void completedIndexesAreFormattedAsRanges() {
        assertThat(CompletedIndexes.format(CompletedIndexes.parse("0,1,2,4,6-8"))).isEqualTo("0-2,4,6-8");
    }

    @Test
    void aPodFailurePolicyFailJobRuleFailsTheJobAtOnce() {
        Job job = job(3, 1).editSpec().withNewPodFailurePolicy().addNewRule().withAction("FailJob").withNewOnExitCodes()
                .withOperator("In").withValues(42).endOnExitCodes().endRule().endPodFailurePolicy().endSpec().build();
        Pod failed = new PodBuilder(pod("a", "Failed", true, null)).editStatus().addNewContainerStatus().withName("c")
                .withNewState().withNewTerminated().withExitCode(42).endTerminated().endState().endContainerStatus()
                .endStatus().build();
        JobPlan plan = JobSync.plan(job, List.of(failed), NOW, BackoffRecord.NONE);
        assertThat(plan.status().getConditions().get(0).getReason()).isEqualTo("PodFailurePolicy");
    }

    @Test
    void aPodFailurePolicyIgnoreRuleDoesNotCountTheFailure() {
        Job job = job(1, 1).editSpec().withNewPodFailurePolicy().addNewRule().withAction("Ignore").addNewOnPodCondition()
                .withType("DisruptionTarget").endOnPodCondition().endRule().endPodFailurePolicy().endSpec().build();
        Pod evicted = new PodBuilder(pod("a", "Failed", true, null)).editStatus().addNewCondition()
                .withType("DisruptionTarget").withStatus("True").endCondition().endStatus().build();
        JobPlan plan = JobSync.plan(job, List.of(evicted), NOW, BackoffRecord.NONE);
        assertThat(plan.status().getFailed()).isZero();
        assertThat(plan.toCreate()).hasSize(1);
    }

    @Test
    void aSuspendedJobDeletesItsActivePods() {
        Job job = job(2, 2).editSpec().withSuspend(true).endSpec().build();
        List<Pod> pods = new ArrayList<>(List.of(pod("a", "Running", true, null)));
        JobPlan plan = JobSync.plan(job, pods, NOW, BackoffRecord.NONE);
        assertThat(plan.toDelete()).hasSize(1);
        assertThat(trueConditions(plan)).containsExactly("Suspended");
    }
}
