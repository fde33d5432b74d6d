package io.j8s.controllers.statefulset;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.j8s.controllers.base.Controller;
import io.j8s.controllers.base.ControllerContext;
import io.j8s.controllers.base.EventRecorder;
import io.j8s.controllers.base.KeyHandlers;
import io.j8s.controllers.base.Lister;
import io.j8s.controllers.base.OwnerReferences;
import io.j8s.controllers.base.WorkQueue;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The {@code statefulset} controller: keeps {@code spec.replicas} pods {@code <set>-0..n-1} for each apps/v1
 * StatefulSet, with their claims, in order (OrderedReady) or all at once (Parallel), rolls them to the update
 * revision above the partition, and reports status. Pod names are deterministic, so a repeated create is a harmless
 * 409 and no expectations are needed.
 */
public final class StatefulSetController implements Controller {

    private final ControllerContext ctx;
    private final WorkQueue queue;
    private final Lister<StatefulSet> sets;
    private final Lister<Pod> pods;
    private final Lister<PersistentVolumeClaim> claims;
    private final Lister<ControllerRevision> revisions;

    public StatefulSetController(ControllerContext ctx) {
        this.ctx = ctx;
        this.queue = ctx.newQueue("statefulset");
        var informers = ctx.informers();
        informers.informer(StatefulSet.class).addEventHandler(KeyHandlers.enqueue(queue));
        informers.informer(Pod.class).addEventHandler(KeyHandlers.enqueueController(queue, "StatefulSet"));
        informers.informer(PersistentVolumeClaim.class);
        this.sets = informers.lister(StatefulSet.class);
        this.pods = informers.lister(Pod.class);
        this.claims = informers.lister(PersistentVolumeClaim.class);
        informers.informer(ControllerRevision.class);
        this.revisions = informers.lister(ControllerRevision.class);
    }

    @Override
    public String name() {
        return "statefulset";
    }

    @Override
    public WorkQueue queue() {
        return queue;
    }

    @Override
    public void sync(String key) {
        StatefulSet set = sets.get(key).orElse(null);
        if (set == null || set.getMetadata().getDeletionTimestamp() != null) {
            return;
        }
        String namespace = set.getMetadata().getNamespace();
        List<Pod> owned = pods.list(namespace).stream().filter(p -> OwnerReferences.isControlledBy(p, set)).toList();
        String updateRevision = StatefulPods.revision(set);
        String currentRevision = set.getStatus() == null || set.getStatus().getCurrentRevision() == null
                ? updateRevision : set.getStatus().getCurrentRevision();
        List<ControllerRevision> history = revisions.list(namespace).stream()
                .filter(r -> OwnerReferences.isControlledBy(r, set)).toList();
        ensureRevision(set, updateRevision, history);
        StatefulPlan plan = StatefulPlan.of(set, owned, currentRevision, updateRevision, ctx.clock().instant());
        for (int ordinal : plan.create()) {
            createClaims(set, ordinal);
            try {
                Pod created = ctx.client().pods().inNamespace(namespace)
                        .resource(versionedPod(set, ordinal, currentRevision, updateRevision, history)).create();
                ctx.events().event(set, EventRecorder.NORMAL, "SuccessfulCreate", "create Pod "
                        + created.getMetadata().getName() + " in StatefulSet " + set.getMetadata().getName()
                        + " successful");
            } catch (KubernetesClientException e) {
                if (e.getCode() != 409) {
                    throw e;
                }
            }
        }
        for (Pod p : plan.delete()) {
            try {
                ctx.client().pods().inNamespace(namespace).withName(p.getMetadata().getName()).delete();
                ctx.events().event(set, EventRecorder.NORMAL, "SuccessfulDelete", "delete Pod "
                        + p.getMetadata().getName() + " in StatefulSet " + set.getMetadata().getName() + " successful");
            } catch (KubernetesClientException e) {
                if (e.getCode() != 404) {
                    throw e;
                }
            }
        }
        writeStatus(set, plan.counts(), currentRevision, updateRevision);
        int minReady = set.getSpec().getMinReadySeconds() == null ? 0 : set.getSpec().getMinReadySeconds();
        if (minReady > 0 && plan.counts().available() < plan.counts().ready()) {
            queue.addAfter(key, Duration.ofSeconds(minReady));
        }
    }

    /**
     * The pod of {@code ordinal}: below a rolling update's partition at the current revision (when its
     * ControllerRevision is known), otherwise at the update revision, as Kubernetes' {@code newVersionedStatefulSetPod}.
     */
    private static Pod versionedPod(StatefulSet set, int ordinal, String currentRevision, String updateRevision,
            List<ControllerRevision> history) {
        var strategy = set.getSpec().getUpdateStrategy();
        boolean belowPartition = strategy != null && strategy.getRollingUpdate() != null
                && strategy.getRollingUpdate().getPartition() != null
                && ordinal < strategy.getRollingUpdate().getPartition();
        if (belowPartition && !currentRevision.equals(updateRevision)) {
            var current = history.stream().filter(r -> currentRevision.equals(r.getMetadata().getName())).findFirst()
                    .flatMap(r -> StatefulRevisions.apply(set, r));
            if (current.isPresent()) {
                return StatefulPods.newPod(current.get(), ordinal, currentRevision);
            }
        }
        return StatefulPods.newPod(set, ordinal, updateRevision);
    }

    private void ensureRevision(StatefulSet set, String name, List<ControllerRevision> history) {
        if (history.stream().anyMatch(r -> name.equals(r.getMetadata().getName()))) {
            return;
        }
        try {
            ctx.client().apps().controllerRevisions().inNamespace(set.getMetadata().getNamespace())
                    .resource(StatefulRevisions.of(set, name, StatefulRevisions.maxRevision(history) + 1)).create();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 409) {
                throw e;
            }
        }
    }

    private void createClaims(StatefulSet set, int ordinal) {
        for (PersistentVolumeClaim claim : StatefulPods.claims(set, ordinal)) {
            if (claims.get(claim.getMetadata().getNamespace(), claim.getMetadata().getName()).isPresent()) {
                continue;
            }
            try {
                ctx.client().persistentVolumeClaims().inNamespace(claim.getMetadata().getNamespace()).resource(claim)
                        .create();
            } catch (KubernetesClientException e) {
                if (e.getCode() != 409) {
                    throw e;
                }
            }
        }
    }

    private void writeStatus(StatefulSet set, StatefulPlan.Counts c, String currentRevision, String updateRevision) {
        int replicas = set.getSpec().getReplicas() == null ? 1 : set.getSpec().getReplicas();
        int current = c.current();
        String currentRev = currentRevision;
        // The update is complete once every replica runs the update revision and is ready.
        if (c.updated() == replicas && c.ready() == replicas && c.replicas() == replicas) {
            currentRev = updateRevision;
            current = c.updated();
        }
        StatefulSetStatus old = set.getStatus() == null ? new StatefulSetStatus() : set.getStatus();
        StatefulSetStatus next = new StatefulSetStatusBuilder(old)
                .withReplicas(c.replicas())
                .withReadyReplicas(c.ready())
                .withAvailableReplicas(c.available())
                .withCurrentReplicas(current)
                .withUpdatedReplicas(c.updated())
                .withCurrentRevision(currentRev)
                .withUpdateRevision(updateRevision)
                .withObservedGeneration(set.getMetadata().getGeneration())
                .build();
        if (Objects.equals(old, next)) {
            return;
        }
        var resources = ctx.client().apps().statefulSets().inNamespace(set.getMetadata().getNamespace());
        try {
            resources.resource(new StatefulSetBuilder(set).withStatus(next).build()).updateStatus();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 409) {
                throw e;
            }
            StatefulSet fresh = resources.withName(set.getMetadata().getName()).get();
            if (fresh != null) {
                resources.resource(new StatefulSetBuilder(fresh).withStatus(next).build()).updateStatus();
            }
        }
    }
}
