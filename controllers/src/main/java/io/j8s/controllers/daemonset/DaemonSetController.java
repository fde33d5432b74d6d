package io.j8s.controllers.daemonset;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.ControllerRevisionBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatus;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code daemonset} controller: keeps one pod of each apps/v1 DaemonSet on every eligible node, deletes pods
 * from nodes no longer eligible, rolls outdated pods within maxUnavailable, and reports status.
 */
public final class DaemonSetController implements Controller {

    private final ControllerContext ctx;
    private final WorkQueue queue;
    private final Lister<DaemonSet> daemonSets;
    private final Lister<Pod> pods;
    private final Lister<Node> nodes;
    private final ControllerExpectations expectations;
    private final Lister<ControllerRevision> revisions;

    public DaemonSetController(ControllerContext ctx) {
        this.ctx = ctx;
        this.queue = ctx.newQueue("daemonset");
        this.expectations = new ControllerExpectations(ctx.clock());
        var informers = ctx.informers();
        informers.informer(DaemonSet.class).addEventHandler(KeyHandlers.enqueue(queue));
        informers.informer(Pod.class).addEventHandler(KeyHandlers.enqueueController(queue, "DaemonSet"));
        informers.informer(Pod.class).addEventHandler(new ResourceEventHandler<>() {
            @Override
            public void onAdd(Pod pod) {
                observeCreation(pod);
            }

            @Override
            public void onUpdate(Pod oldPod, Pod newPod) {
            }

            @Override
            public void onDelete(Pod pod, boolean deletedFinalStateUnknown) {
            }
        });
        this.daemonSets = informers.lister(DaemonSet.class);
        informers.informer(Node.class).addEventHandler(KeyHandlers.on(node -> enqueueAll()));
        this.pods = informers.lister(Pod.class);
        this.nodes = informers.lister(Node.class);
        informers.informer(ControllerRevision.class);
        this.revisions = informers.lister(ControllerRevision.class);
    }

    /** Lowers the owner's creation expectation when the informer sees one of its pods added. */
    private void observeCreation(Pod pod) {
        OwnerReferences.controllerOf(pod).filter(r -> "DaemonSet".equals(r.getKind()))
                .ifPresent(r -> expectations.creationObserved(Keys.of(pod.getMetadata().getNamespace(), r.getName())));
    }

    private void enqueueAll() {
        daemonSets.list().forEach(ds -> queue.add(Keys.of(ds)));
    }

    @Override
    public String name() {
        return "daemonset";
    }

    @Override
    public WorkQueue queue() {
        return queue;
    }

    @Override
    public void sync(String key) {
        DaemonSet ds = daemonSets.get(key).orElse(null);
        if (ds == null || ds.getMetadata().getDeletionTimestamp() != null) {
            expectations.delete(key);
            return;
        }
        String namespace = ds.getMetadata().getNamespace();
        List<Pod> owned = pods.list(namespace).stream().filter(p -> OwnerReferences.isControlledBy(p, ds)).toList();
        String hash = DaemonPods.templateHash(ds);
        ensureRevision(ds, hash);
        DaemonPlan plan = DaemonPlan.of(ds, nodes.list(), owned, hash, ctx.clock().instant());
        if (!expectations.satisfied(key)) {
            writeStatus(ds, plan.counts());
            return;
        }
        for (Pod p : plan.delete()) {
            try {
                ctx.client().pods().inNamespace(namespace).withName(p.getMetadata().getName()).delete();
                ctx.events().event(ds, EventRecorder.NORMAL, "SuccessfulDelete",
                        "Deleted pod: " + p.getMetadata().getName());
            } catch (KubernetesClientException e) {
                if (e.getCode() != 404) {
                    throw e;
                }
            }
        }
        expectations.expectCreations(key, plan.createOn().size());
        for (String node : plan.createOn()) {
            try {
                Pod created = ctx.client().pods().inNamespace(namespace).resource(DaemonPods.newPod(ds, node, hash))
                        .create();
                ctx.events().event(ds, EventRecorder.NORMAL, "SuccessfulCreate",
                        "Created pod: " + created.getMetadata().getName());
            } catch (KubernetesClientException e) {
                expectations.creationObserved(key); // never to be observed
                throw e;
            }
        }
        writeStatus(ds, plan.counts());
        int minReady = ds.getSpec().getMinReadySeconds() == null ? 0 : ds.getSpec().getMinReadySeconds();
        if (minReady > 0 && plan.counts().available() < plan.counts().ready()) {
            queue.addAfter(key, Duration.ofSeconds(minReady));
        }
    }

    /** Records the template as the ControllerRevision {@code <ds>-<hash>}, numbered after the newest one. */
    private void ensureRevision(DaemonSet ds, String hash) {
        String name = ds.getMetadata().getName() + "-" + hash;
        List<ControllerRevision> history = revisions.list(ds.getMetadata().getNamespace()).stream()
                .filter(r -> OwnerReferences.isControlledBy(r, ds)).toList();
        if (history.stream().anyMatch(r -> name.equals(r.getMetadata().getName()))) {
            return;
        }
        long number = history.stream().mapToLong(r -> r.getRevision() == null ? 0 : r.getRevision()).max().orElse(0) + 1;
        ControllerRevision revision = new ControllerRevisionBuilder()
                .withNewMetadata().withName(name).withNamespace(ds.getMetadata().getNamespace())
                    .addToLabels(DaemonPlan.HASH_LABEL, hash)
                    .withOwnerReferences(OwnerReferences.newControllerRef(ds)).endMetadata()
                .withData(Map.of("spec", Map.of("template", Serialization.unmarshal(
                        Serialization.asJson(ds.getSpec().getTemplate()), Map.class))))
                .withRevision(number)
                .build();
        try {
            ctx.client().apps().controllerRevisions().inNamespace(ds.getMetadata().getNamespace()).resource(revision)
                    .create();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 409) {
                throw e;
            }
        }
    }

    private void writeStatus(DaemonSet ds, DaemonPlan.Counts c) {
        DaemonSetStatus old = ds.getStatus() == null ? new DaemonSetStatus() : ds.getStatus();
        DaemonSetStatus next = new DaemonSetStatusBuilder(old)
                .withDesiredNumberScheduled(c.desired())
                .withCurrentNumberScheduled(c.current())
                .withNumberMisscheduled(c.misscheduled())
                .withNumberReady(c.ready())
                .withNumberAvailable(c.available())
                .withNumberUnavailable(Math.max(0, c.desired() - c.available()))
                .withUpdatedNumberScheduled(c.updated())
                .withObservedGeneration(ds.getMetadata().getGeneration())
                .build();
        if (Objects.equals(old, next)) {
            return;
        }
        var resources = ctx.client().apps().daemonSets().inNamespace(ds.getMetadata().getNamespace());
        try {
            resources.resource(new DaemonSetBuilder(ds).withStatus(next).build()).updateStatus();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 409) {
                throw e;
            }
            DaemonSet fresh = resources.withName(ds.getMetadata().getName()).get();
            if (fresh != null) {
                resources.resource(new DaemonSetBuilder(fresh).withStatus(next).build()).updateStatus();
            }
        }
    }
}
