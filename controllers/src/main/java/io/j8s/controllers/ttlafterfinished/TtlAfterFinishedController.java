package io.j8s.controllers.ttlafterfinished;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.j8s.controllers.base.Controller;
import io.j8s.controllers.base.ControllerContext;
import io.j8s.controllers.base.KeyHandlers;
import io.j8s.controllers.base.Lister;
import io.j8s.controllers.base.WorkQueue;
import java.time.Duration;
import java.util.Optional;

/** Deletes expired finished Jobs (foreground, so their pods go first); requeues the others for their expiry. */
public final class TtlAfterFinishedController implements Controller {

    private final ControllerContext ctx;
    private final WorkQueue queue;
    private final Lister<Job> jobs;

    public TtlAfterFinishedController(ControllerContext ctx) {
        this.ctx = ctx;
        this.queue = ctx.newQueue("ttl-after-finished");
        this.jobs = ctx.informers().lister(Job.class);
        ctx.informers().informer(Job.class).addEventHandler(KeyHandlers.enqueue(queue));
    }

    @Override
    public String name() {
        return "ttl-after-finished";
    }

    @Override
    public WorkQueue queue() {
        return queue;
    }

    @Override
    public void sync(String key) {
        Job job = jobs.get(key).orElse(null);
        if (job == null || job.getMetadata().getDeletionTimestamp() != null) {
            return;
        }
        Optional<Duration> left = TtlExpiry.remaining(job, ctx.clock().instant());
        if (left.isEmpty()) {
            return;
        }
        if (left.get().isPositive()) {
            queue.addAfter(key, left.get());
            return;
        }
        try {
            ctx.client().batch().v1().jobs().inNamespace(job.getMetadata().getNamespace())
                    .withName(job.getMetadata().getName()).withPropagationPolicy(DeletionPropagation.FOREGROUND).delete();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
    }
}
