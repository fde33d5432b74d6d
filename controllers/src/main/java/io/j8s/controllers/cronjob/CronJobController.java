package io.j8s.controllers.cronjob;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobStatus;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobStatusBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.j8s.controllers.base.Controller;
import io.j8s.controllers.base.ControllerContext;
import io.j8s.controllers.base.EventRecorder;
import io.j8s.controllers.base.KeyHandlers;
import io.j8s.controllers.base.Lister;
import io.j8s.controllers.base.OwnerReferences;
import io.j8s.controllers.base.WorkQueue;
import java.util.ArrayList;
import java.util.List;

/** Applies {@link CronJobSync}'s plan for each CronJob; Jobs are those whose controllerRef is the CronJob. */
public final class CronJobController implements Controller {

    private final ControllerContext ctx;
    private final WorkQueue queue;
    private final Lister<CronJob> cronJobs;
    private final Lister<Job> jobs;

    public CronJobController(ControllerContext ctx) {
        this.ctx = ctx;
        this.queue = ctx.newQueue("cronjob");
        this.cronJobs = ctx.informers().lister(CronJob.class);
        this.jobs = ctx.informers().lister(Job.class);
        ctx.informers().informer(CronJob.class).addEventHandler(KeyHandlers.enqueue(queue));
        ctx.informers().informer(Job.class).addEventHandler(KeyHandlers.enqueueController(queue, "CronJob"));
    }

    @Override
    public String name() {
        return "cronjob";
    }

    @Override
    public WorkQueue queue() {
        return queue;
    }

    @Override
    public void sync(String key) {
        CronJob cj = cronJobs.get(key).orElse(null);
        if (cj == null) {
            return;
        }
        List<Job> owned = jobs.list(cj.getMetadata().getNamespace()).stream()
                .filter(j -> OwnerReferences.isControlledBy(j, cj)).toList();
        CronJobPlan plan = CronJobSync.plan(cj, owned, ctx.clock().instant());
        plan.events().forEach(e -> ctx.events().event(cj, e.type(), e.reason(), e.message()));
        for (Job j : plan.toDelete()) {
            delete(j);
        }
        CronJobStatus status = plan.status();
        if (plan.toCreate().isPresent()) {
            Job created = create(cj, plan.toCreate().get());
            List<ObjectReference> active = new ArrayList<>(status.getActive());
            active.replaceAll(r -> r.getName().equals(created.getMetadata().getName()) ? CronJobSync.reference(created) : r);
            status = new CronJobStatusBuilder(status).withActive(active).build();
        }
        if (!status.equals(cj.getStatus())) {
            ctx.client().batch().v1().cronjobs().inNamespace(cj.getMetadata().getNamespace())
                    .resource(new CronJobBuilder(cj).withStatus(status).build()).updateStatus();
        }
        plan.requeueAfter().ifPresent(d -> queue.addAfter(key, d));
    }

    private Job create(CronJob cj, Job job) {
        try {
            Job created = ctx.client().batch().v1().jobs().inNamespace(job.getMetadata().getNamespace()).resource(job)
                    .create();
            ctx.events().event(cj, EventRecorder.NORMAL, "SuccessfulCreate", "Created job " + job.getMetadata().getName());
            return created;
        } catch (KubernetesClientException e) {
            if (e.getCode() == 409) {
                // Created by an earlier sync whose status write was lost.
                return ctx.client().batch().v1().jobs().inNamespace(job.getMetadata().getNamespace())
                        .withName(job.getMetadata().getName()).get();
            }
            ctx.events().event(cj, EventRecorder.WARNING, "FailedCreate", "Error creating job: " + e.getMessage());
            throw e;
        }
    }

    private void delete(Job j) {
        try {
            ctx.client().batch().v1().jobs().inNamespace(j.getMetadata().getNamespace()).withName(j.getMetadata().getName())
                    .withPropagationPolicy(DeletionPropagation.BACKGROUND).delete();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
    }
}
