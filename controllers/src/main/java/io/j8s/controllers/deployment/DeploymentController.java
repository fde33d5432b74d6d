package io.j8s.controllers.deployment;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.j8s.apimachinery.labels.LabelSelector;
import io.j8s.controllers.base.Controller;
import io.j8s.controllers.base.ControllerContext;
import io.j8s.controllers.base.ControllerRefManager;
import io.j8s.controllers.base.EventRecorder;
import io.j8s.controllers.base.KeyHandlers;
import io.j8s.controllers.base.Keys;
import io.j8s.controllers.base.Lister;
import io.j8s.controllers.base.OwnerReferences;
import io.j8s.controllers.base.WorkQueue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code deployment} controller: watches Deployments, their ReplicaSets and (for Recreate) their pods, claims
 * ReplicaSets by selector and runs one {@link DeploymentSync} per key.
 */
public final class DeploymentController implements Controller {

    private final ControllerContext ctx;
    private final WorkQueue queue;
    private final Lister<Deployment> deployments;
    private final Lister<ReplicaSet> replicaSets;
    private final Lister<Pod> pods;
    private final ControllerRefManager<ReplicaSet> rsRefs;

    public DeploymentController(ControllerContext ctx) {
        this.ctx = ctx;
        this.queue = ctx.newQueue("deployment");
        this.deployments = ctx.informers().lister(Deployment.class);
        this.replicaSets = ctx.informers().lister(ReplicaSet.class);
        this.pods = ctx.informers().lister(Pod.class);
        this.rsRefs = new ControllerRefManager<>(ctx.client(), ReplicaSet.class);
        ctx.informers().informer(Deployment.class).addEventHandler(KeyHandlers.enqueue(queue));
        ctx.informers().informer(ReplicaSet.class).addEventHandler(new ReplicaSetHandler());
        ctx.informers().informer(Pod.class).addEventHandler(new PodHandler());
    }

    @Override
    public String name() {
        return "deployment";
    }

    @Override
    public WorkQueue queue() {
        return queue;
    }

    @Override
    public void sync(String key) {
        Optional<Deployment> found = deployments.get(key);
        if (found.isEmpty()) {
            return;
        }
        Deployment d = new DeploymentBuilder(found.get()).build(); // never mutate the cache
        var selectorModel = d.getSpec().getSelector();
        LabelSelector selector = LabelSelector.fromModel(selectorModel);
        if (selector.isEmpty()) {
            ctx.events().event(d, EventRecorder.WARNING, "SelectingAll",
                    "This deployment is selecting all pods. A non-empty selector is required.");
            long generation = d.getMetadata().getGeneration() == null ? 0 : d.getMetadata().getGeneration();
            Long observed = d.getStatus() == null ? null : d.getStatus().getObservedGeneration();
            if (observed == null || observed < generation) {
                d.setStatus(new DeploymentStatusBuilder(d.getStatus()).withObservedGeneration(generation).build());
                ctx.client().apps().deployments().inNamespace(d.getMetadata().getNamespace()).resource(d).updateStatus();
            }
            return;
        }
        String ns = d.getMetadata().getNamespace();
        List<ReplicaSet> claimed = rsRefs.claim(d, rs -> selector.matches(labels(rs)), replicaSets.list(ns));
        new DeploymentSync(ctx, queue, d, claimed, pods.list(ns)).run();
    }

    private static Map<String, String> labels(io.fabric8.kubernetes.api.model.HasMetadata obj) {
        return obj.getMetadata().getLabels() == null ? Map.of() : obj.getMetadata().getLabels();
    }

    private Optional<Deployment> resolve(ReplicaSet rs) {
        return OwnerReferences.controllerOf(rs)
                .filter(ref -> "Deployment".equals(ref.getKind()))
                .flatMap(ref -> deployments.get(rs.getMetadata().getNamespace(), ref.getName())
                        .filter(d -> ref.getUid().equals(d.getMetadata().getUid())));
    }

    private void enqueueOwnerOrMatching(ReplicaSet rs) {
        if (OwnerReferences.controllerOf(rs).isPresent()) {
            resolve(rs).ifPresent(d -> queue.add(Keys.of(d)));
            return;
        }
        for (Deployment d : deployments.list(rs.getMetadata().getNamespace())) {
            try {
                LabelSelector s = LabelSelector.fromModel(d.getSpec().getSelector());
                if (!s.isEmpty() && s.matches(labels(rs))) {
                    queue.add(Keys.of(d));
                }
            } catch (RuntimeException invalid) {
                // a deployment with an invalid selector claims nothing
            }
        }
    }

    private final class ReplicaSetHandler implements ResourceEventHandler<ReplicaSet> {
        @Override
        public void onAdd(ReplicaSet rs) {
            enqueueOwnerOrMatching(rs);
        }

        @Override
        public void onUpdate(ReplicaSet old, ReplicaSet cur) {
            if (Objects.equals(old.getMetadata().getResourceVersion(), cur.getMetadata().getResourceVersion())) {
                return;
            }
            var oldRef = OwnerReferences.controllerOf(old).map(r -> r.getUid());
            var curRef = OwnerReferences.controllerOf(cur).map(r -> r.getUid());
            if (!oldRef.equals(curRef) && oldRef.isPresent()) {
                resolve(old).ifPresent(d -> queue.add(Keys.of(d)));
            }
            enqueueOwnerOrMatching(cur);
        }

        @Override
        public void onDelete(ReplicaSet rs, boolean deletedFinalStateUnknown) {
            resolve(rs).ifPresent(d -> queue.add(Keys.of(d)));
        }
    }

    /** Recreate waits for old pods to be gone: a pod deletion may unblock it. */
    private final class PodHandler implements ResourceEventHandler<Pod> {
        @Override
        public void onAdd(Pod pod) {
        }

        @Override
        public void onUpdate(Pod old, Pod cur) {
        }

        @Override
        public void onDelete(Pod pod, boolean deletedFinalStateUnknown) {
            OwnerReferences.controllerOf(pod)
                    .filter(ref -> "ReplicaSet".equals(ref.getKind()))
                    .flatMap(ref -> replicaSets.get(pod.getMetadata().getNamespace(), ref.getName()))
                    .flatMap(DeploymentController.this::resolve)
                    .filter(d -> !Fenceposts.isRollingUpdate(d))
                    .ifPresent(d -> queue.add(Keys.of(d)));
        }
    }
}
