package io.j8s.controllers.job;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import io.fabric8.kubernetes.api.model.batch.v1.UncountedTerminatedPodsBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.j8s.controllers.base.Controller;
import io.j8s.controllers.base.ControllerContext;
import io.j8s.controllers.base.ControllerExpectations;
import io.j8s.controllers.base.EventRecorder;
import io.j8s.controllers.base.KeyHandlers;
import io.j8s.controllers.base.Keys;
import io.j8s.controllers.base.Lister;
import io.j8s.controllers.base.OwnerReferences;
import io.j8s.controllers.base.WorkQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies {@link JobSync}'s plan for each Job: counts finished pods through their tracking finalizer, deletes and
 * creates pods (guarded by expectations) and writes status. Pods are those whose controllerRef is the Job.
 */
public final class JobController implements Controller {

    private final ControllerContext ctx;
    private final WorkQueue queue;
    private final Lister<Job> jobs;
    private final Lister<Pod> pods;
    private final ControllerExpectations expectations;
    /** Backoff per Job key; in memory like Kubernetes' backoffRecordStore. */
    private final Map<String, BackoffRecord> backoffs = new ConcurrentHashMap<>();

    public JobController(ControllerContext ctx) {
        this.ctx = ctx;
        this.queue = ctx.newQueue("job");
        this.expectations = new ControllerExpectations(ctx.clock());
        this.jobs = ctx.informers().lister(Job.class);
        this.pods = ctx.informers().lister(Pod.class);
        ctx.informers().informer(Job.class).addEventHandler(KeyHandlers.enqueue(queue));
        ctx.informers().informer(Pod.class).addEventHandler(new ResourceEventHandler<>() {
            @Override
            public void onAdd(Pod pod) {
                jobKey(pod).ifPresent(k -> {
                    expectations.creationObserved(k);
                    queue.add(k);
                });
            }

            @Override
            public void onUpdate(Pod oldPod, Pod newPod) {
                jobKey(newPod).ifPresent(k -> {
                    // A graceful delete shows first as a deletionTimestamp: that is the deletion we expected.
                    if (newPod.getMetadata().getDeletionTimestamp() != null
                            && oldPod.getMetadata().getDeletionTimestamp() == null) {
                        expectations.deletionObserved(k);
                    }
                    queue.add(k);
                });
            }

            @Override
            public void onDelete(Pod pod, boolean unknown) {
                jobKey(pod).ifPresent(k -> {
                    expectations.deletionObserved(k);
                    queue.add(k);
                });
            }
        });
    }

    private static java.util.Optional<String> jobKey(Pod pod) {
        return OwnerReferences.controllerOf(pod).filter(r -> "Job".equals(r.getKind()))
                .map(r -> Keys.of(pod.getMetadata().getNamespace(), r.getName()));
    }

    @Override
    public String name() {
        return "job";
    }

    @Override
    public WorkQueue queue() {
        return queue;
    }

    @Override
    public void sync(String key) {
        Job job = jobs.get(key).orElse(null);
        if (job == null) {
            expectations.delete(key);
            backoffs.remove(key);
            return;
        }
        List<Pod> owned = pods.list(job.getMetadata().getNamespace()).stream()
                .filter(p -> OwnerReferences.isControlledBy(p, job)).toList();
        if (JobSync.finished(job) || job.getMetadata().getDeletionTimestamp() != null) {
            owned.stream().filter(JobPods::tracked).forEach(this::removeTrackingFinalizer);
            return;
        }
        if (!expectations.satisfied(key)) {
            return; // our last creates/deletes are not in the cache yet
        }
        JobPlan plan = JobSync.plan(job, owned, ctx.clock().instant(), backoffs.getOrDefault(key, BackoffRecord.NONE));
        Job current = job;
        if (!plan.finished().isEmpty()) {
            current = writeStatus(current, withUncounted(current.getStatus(), plan.finished()));
            plan.finished().forEach(this::removeTrackingFinalizer);
        }
        backoffs.put(key, plan.backoff());
        if (!plan.toDelete().isEmpty()) {
            expectations.expectDeletions(key, plan.toDelete().size());
            plan.toDelete().forEach(this::deletePod);
        }
        if (!plan.toCreate().isEmpty()) {
            expectations.expectCreations(key, plan.toCreate().size());
            for (OptionalInt index : plan.toCreate()) {
                createPod(key, job, index);
            }
        }
        if (!plan.status().equals(current.getStatus())) {
            writeStatus(current, plan.status());
        }
        plan.events().forEach(e -> ctx.events().event(job, e.type(), e.reason(), e.message()));
        plan.requeueAfter().ifPresent(d -> queue.addAfter(key, d));
    }

    private static JobStatus withUncounted(JobStatus status, List<Pod> finished) {
        JobStatus s = status == null ? new JobStatus() : status;
        List<String> succeeded = new ArrayList<>(s.getUncountedTerminatedPods() == null
                || s.getUncountedTerminatedPods().getSucceeded() == null ? List.of() : s.getUncountedTerminatedPods().getSucceeded());
        List<String> failed = new ArrayList<>(s.getUncountedTerminatedPods() == null
                || s.getUncountedTerminatedPods().getFailed() == null ? List.of() : s.getUncountedTerminatedPods().getFailed());
        for (Pod p : finished) {
            List<String> to = JobPods.succeeded(p) ? succeeded : failed;
            if (!to.contains(p.getMetadata().getUid())) {
                to.add(p.getMetadata().getUid());
            }
        }
        return new io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder(s).withUncountedTerminatedPods(
                new UncountedTerminatedPodsBuilder().withSucceeded(succeeded).withFailed(failed).build()).build();
    }

    private Job writeStatus(Job job, JobStatus status) {
        Job next = new JobBuilder(job).withStatus(status).build();
        return ctx.client().batch().v1().jobs().inNamespace(job.getMetadata().getNamespace()).resource(next).updateStatus();
    }

    private void createPod(String key, Job job, OptionalInt index) {
        try {
            ctx.client().pods().inNamespace(job.getMetadata().getNamespace()).resource(JobPods.newPod(job, index)).create();
            ctx.events().event(job, EventRecorder.NORMAL, "SuccessfulCreate", "Created pod: "
                    + job.getMetadata().getName() + (index.isPresent() ? "-" + index.getAsInt() : ""));
        } catch (KubernetesClientException e) {
            expectations.creationObserved(key);
            ctx.events().event(job, EventRecorder.WARNING, "FailedCreate", "Error creating: " + e.getMessage());
            throw e;
        }
    }

    private void deletePod(Pod pod) {
        try {
            ctx.client().pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
                    .delete();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
    }

    private void removeTrackingFinalizer(Pod pod) {
        List<String> rest = new ArrayList<>(pod.getMetadata().getFinalizers());
        rest.remove(JobPods.TRACKING_FINALIZER);
        String patch = Serialization.asJson(Map.of("metadata", Map.of("finalizers", rest,
                "resourceVersion", pod.getMetadata().getResourceVersion())));
        try {
            ctx.client().pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
                    .patch(PatchContext.of(PatchType.JSON_MERGE), patch);
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
    }
}
