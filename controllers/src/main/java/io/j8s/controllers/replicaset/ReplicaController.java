package io.j8s.controllers.replicaset;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.j8s.apimachinery.labels.LabelSelector;
import io.j8s.controllers.base.Controller;
import io.j8s.controllers.base.ControllerContext;
import io.j8s.controllers.base.ControllerExpectations;
import io.j8s.controllers.base.ControllerRefManager;
import io.j8s.controllers.base.EventRecorder;
import io.j8s.controllers.base.KeyHandlers;
import io.j8s.controllers.base.Keys;
import io.j8s.controllers.base.Lister;
import io.j8s.controllers.base.OwnerReferences;
import io.j8s.controllers.base.WorkQueue;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The replica-keeping loop shared by ReplicaSets and ReplicationControllers (Kubernetes runs the RC controller on
 * the ReplicaSet code too). Subclasses say how to read the owner's spec and write its status.
 */
public abstract class ReplicaController<T extends HasMetadata> implements Controller {

    /** Kubernetes' BurstReplicas: at most this many creates or deletes per sync. */
    public static final int BURST_REPLICAS = 500;

    private final String name;
    private final Class<T> type;
    private final String kind;
    private final String apiVersion;
    protected final ControllerContext ctx;
    private final WorkQueue queue;
    private final Lister<T> owners;
    private final Lister<Pod> pods;
    private final ControllerExpectations expectations;
    private final ControllerRefManager<Pod> podRefs;

    protected ReplicaController(ControllerContext ctx, String name, Class<T> type) {
        this.ctx = ctx;
        this.name = name;
        this.type = type;
        this.kind = HasMetadata.getKind(type);
        this.apiVersion = HasMetadata.getApiVersion(type);
        this.queue = ctx.newQueue(name);
        this.owners = ctx.informers().lister(type);
        this.pods = ctx.informers().lister(Pod.class);
        this.expectations = new ControllerExpectations(ctx.clock());
        this.podRefs = new ControllerRefManager<>(ctx.client(), Pod.class);
        ctx.informers().informer(type).addEventHandler(new OwnerHandler());
        ctx.informers().informer(Pod.class).addEventHandler(new PodHandler());
    }

    /** The desired number of pods. */
    protected abstract int replicas(T owner);

    /** The owner's pod selector. */
    protected abstract LabelSelector selector(T owner);

    protected abstract PodTemplateSpec template(T owner);

    protected abstract int minReadySeconds(T owner);

    /** The status as last written. */
    protected abstract ReplicaStatus status(T owner);

    /** Writes {@code status} to the owner's status subresource and returns the updated owner. */
    protected abstract T writeStatus(T owner, ReplicaStatus status);

    @Override
    public String name() {
        return name;
    }

    @Override
    public WorkQueue queue() {
        return queue;
    }

    @Override
    public void sync(String key) throws Exception {
        Optional<T> found = owners.get(key);
        if (found.isEmpty()) {
            expectations.delete(key);
            return;
        }
        T owner = found.get();
        boolean needsSync = expectations.satisfied(key);
        LabelSelector selector = selector(owner);
        List<Pod> active = pods.list(owner.getMetadata().getNamespace()).stream()
                .filter(PodReadiness::isActive).toList();
        List<Pod> claimed = podRefs.claim(owner, p -> selector.matches(labels(p)), active);

        Exception manageError = null;
        if (needsSync && owner.getMetadata().getDeletionTimestamp() == null) {
            try {
                manageReplicas(key, owner, claimed);
            } catch (Exception e) {
                manageError = e;
            }
        }
        ReplicaStatus next = calculateStatus(owner, claimed, manageError);
        T updated = Objects.equals(status(owner), next) ? owner : writeStatus(owner, next);
        int minReady = minReadySeconds(updated);
        ReplicaStatus written = status(updated);
        if (manageError == null && minReady > 0 && written.readyReplicas() == replicas(updated)
                && written.availableReplicas() != replicas(updated)) {
            queue.addAfter(key, Duration.ofSeconds(minReady));
        }
        if (manageError != null) {
            throw manageError;
        }
    }

    private void manageReplicas(String key, T owner, List<Pod> claimed) throws Exception {
        int diff = claimed.size() - replicas(owner);
        if (diff < 0) {
            int toCreate = Math.min(-diff, BURST_REPLICAS);
            expectations.expectCreations(key, toCreate);
            BatchResult result = slowStartBatch(toCreate, () -> createPod(owner));
            for (int i = result.succeeded(); i < toCreate; i++) {
                expectations.creationObserved(key); // never to be observed: lower the expectation
            }
            if (result.error() != null) {
                throw result.error();
            }
        } else if (diff > 0) {
            int toDelete = Math.min(diff, BURST_REPLICAS);
            List<Pod> victims = ActivePods.toDelete(claimed, related(owner), toDelete);
            expectations.expectDeletions(key, victims.stream().map(Keys::of).toList());
            Exception firstError = null;
            try (ExecutorService exec = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> futures = new ArrayList<>();
                for (Pod victim : victims) {
                    futures.add(exec.submit(() -> {
                        deletePod(owner, victim, key);
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        if (firstError == null) {
                            firstError = (Exception) e.getCause();
                        }
                    }
                }
            }
            if (firstError != null) {
                throw firstError;
            }
        }
    }

    /** Pods of other controllers of the same kind with the same template labels, used to rank by co-location. */
    private List<Pod> related(T owner) {
        return pods.list(owner.getMetadata().getNamespace()).stream()
                .filter(p -> OwnerReferences.controllerOf(p).map(r -> kind.equals(r.getKind())).orElse(false))
                .toList();
    }

    private void createPod(T owner) {
        PodTemplateSpec template = template(owner);
        var meta = template.getMetadata();
        OwnerReference ref = new OwnerReferenceBuilder().withApiVersion(apiVersion).withKind(kind)
                .withName(owner.getMetadata().getName()).withUid(owner.getMetadata().getUid())
                .withController(true).withBlockOwnerDeletion(true).build();
        Pod pod = new PodBuilder()
                .withNewMetadata()
                .withGenerateName(owner.getMetadata().getName() + "-")
                .withNamespace(owner.getMetadata().getNamespace())
                .withLabels(meta == null ? null : meta.getLabels())
                .withAnnotations(meta == null ? null : meta.getAnnotations())
                .withFinalizers(meta == null ? null : meta.getFinalizers())
                .withOwnerReferences(ref)
                .endMetadata()
                .withSpec(template.getSpec())
                .build();
        try {
            Pod created = ctx.client().pods().inNamespace(owner.getMetadata().getNamespace()).resource(pod).create();
            ctx.events().event(owner, EventRecorder.NORMAL, "SuccessfulCreate",
                    "Created pod: " + created.getMetadata().getName());
        } catch (KubernetesClientException e) {
            ctx.events().event(owner, EventRecorder.WARNING, "FailedCreate", "Error creating: " + e.getMessage());
            throw e;
        }
    }

    private void deletePod(T owner, Pod pod, String key) {
        try {
            ctx.client().pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
                    .delete();
            ctx.events().event(owner, EventRecorder.NORMAL, "SuccessfulDelete",
                    "Deleted pod: " + pod.getMetadata().getName());
        } catch (KubernetesClientException e) {
            expectations.deletionObserved(key, Keys.of(pod));
            if (e.getCode() != 404) {
                ctx.events().event(owner, EventRecorder.WARNING, "FailedDelete", "Error deleting: " + e.getMessage());
                throw e;
            }
        }
    }

    /** Outcome of {@link #slowStartBatch}: how many calls succeeded and the first error, if any. */
    record BatchResult(int succeeded, Exception error) {
    }

    /**
     * Kubernetes' {@code slowStartBatch}: calls {@code fn} {@code count} times in batches of 1, 2, 4, ... run in
     * parallel, stopping after the first batch with an error, so a failing quota does not produce a flood of calls.
     */
    static BatchResult slowStartBatch(int count, Runnable fn) {
        int remaining = count;
        int succeeded = 0;
        int batch = Math.min(remaining, 1);
        while (batch > 0) {
            Exception error = null;
            try (ExecutorService exec = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < batch; i++) {
                    futures.add(exec.submit(fn));
                }
                for (Future<?> f : futures) {
                    try {
                        f.get();
                        succeeded++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        error = e.getCause() instanceof Exception ex ? ex : new RuntimeException(e.getCause());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return new BatchResult(succeeded, e);
                    }
                }
            }
            if (error != null) {
                return new BatchResult(succeeded, error);
            }
            remaining -= batch;
            batch = Math.min(2 * batch, remaining);
        }
        return new BatchResult(succeeded, null);
    }

    private ReplicaStatus calculateStatus(T owner, List<Pod> claimed, Exception manageError) {
        Map<String, String> templateLabels = template(owner).getMetadata() == null
                || template(owner).getMetadata().getLabels() == null ? Map.of() : template(owner).getMetadata().getLabels();
        Instant now = ctx.clock().instant();
        int minReady = minReadySeconds(owner);
        int fullyLabeled = 0;
        int ready = 0;
        int available = 0;
        for (Pod p : claimed) {
            if (labels(p).entrySet().containsAll(templateLabels.entrySet())) {
                fullyLabeled++;
            }
            if (PodReadiness.isReady(p)) {
                ready++;
                if (PodReadiness.isAvailable(p, minReady, now)) {
                    available++;
                }
            }
        }
        List<ReplicaStatus.Condition> conditions = new ArrayList<>(status(owner).conditions());
        boolean hasFailure = conditions.stream().anyMatch(c -> "ReplicaFailure".equals(c.type()));
        if (manageError != null && !hasFailure) {
            String reason = claimed.size() < replicas(owner) ? "FailedCreate" : "FailedDelete";
            conditions.add(new ReplicaStatus.Condition("ReplicaFailure", "True", reason, manageError.getMessage(),
                    DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS))));
        } else if (manageError == null && hasFailure) {
            conditions.removeIf(c -> "ReplicaFailure".equals(c.type()));
        }
        Long generation = owner.getMetadata().getGeneration();
        return new ReplicaStatus(claimed.size(), fullyLabeled, ready, available, generation == null ? 0 : generation,
                conditions);
    }

    private static Map<String, String> labels(Pod p) {
        return p.getMetadata().getLabels() == null ? Map.of() : p.getMetadata().getLabels();
    }

    /** The owner a pod's controller reference names, if it is of our kind and still the same object. */
    private Optional<T> resolveControllerRef(Pod pod) {
        return OwnerReferences.controllerOf(pod)
                .filter(ref -> kind.equals(ref.getKind()))
                .flatMap(ref -> owners.get(pod.getMetadata().getNamespace(), ref.getName())
                        .filter(o -> ref.getUid().equals(o.getMetadata().getUid())));
    }

    private void enqueueMatchingOwners(Pod pod) {
        for (T owner : owners.list(pod.getMetadata().getNamespace())) {
            try {
                if (selector(owner).matches(labels(pod))) {
                    queue.add(Keys.of(owner));
                }
            } catch (RuntimeException invalidSelector) {
                // an owner with an invalid selector claims nothing
            }
        }
    }

    private final class OwnerHandler implements ResourceEventHandler<T> {
        private final ResourceEventHandler<T> enqueue = KeyHandlers.enqueue(queue);

        @Override
        public void onAdd(T obj) {
            enqueue.onAdd(obj);
        }

        @Override
        public void onUpdate(T oldObj, T newObj) {
            enqueue.onUpdate(oldObj, newObj);
        }

        @Override
        public void onDelete(T obj, boolean deletedFinalStateUnknown) {
            expectations.delete(Keys.of(obj));
            enqueue.onDelete(obj, deletedFinalStateUnknown);
        }
    }

    private final class PodHandler implements ResourceEventHandler<Pod> {
        @Override
        public void onAdd(Pod pod) {
            if (pod.getMetadata().getDeletionTimestamp() != null) {
                onDelete(pod, false);
                return;
            }
            if (OwnerReferences.controllerOf(pod).isPresent()) {
                resolveControllerRef(pod).ifPresent(owner -> {
                    expectations.creationObserved(Keys.of(owner));
                    queue.add(Keys.of(owner));
                });
                return;
            }
            enqueueMatchingOwners(pod);
        }

        @Override
        public void onUpdate(Pod old, Pod cur) {
            if (Objects.equals(old.getMetadata().getResourceVersion(), cur.getMetadata().getResourceVersion())) {
                return;
            }
            boolean labelsChanged = !labels(old).equals(labels(cur));
            if (cur.getMetadata().getDeletionTimestamp() != null) {
                onDelete(cur, false);
                if (labelsChanged) {
                    onDelete(old, false);
                }
                return;
            }
            var curRef = OwnerReferences.controllerOf(cur).map(OwnerReference::getUid);
            var oldRef = OwnerReferences.controllerOf(old).map(OwnerReference::getUid);
            boolean refChanged = !curRef.equals(oldRef);
            if (refChanged && oldRef.isPresent()) {
                resolveControllerRef(old).ifPresent(o -> queue.add(Keys.of(o)));
            }
            if (curRef.isPresent()) {
                resolveControllerRef(cur).ifPresent(owner -> {
                    queue.add(Keys.of(owner));
                    int minReady = minReadySeconds(owner);
                    if (minReady > 0 && !PodReadiness.isReady(old) && PodReadiness.isReady(cur)) {
                        // Re-check availability once the pod has been ready for minReadySeconds.
                        queue.addAfter(Keys.of(owner), Duration.ofSeconds(minReady + 1L));
                    }
                });
                return;
            }
            if (labelsChanged || refChanged) {
                enqueueMatchingOwners(cur);
            }
        }

        @Override
        public void onDelete(Pod pod, boolean deletedFinalStateUnknown) {
            resolveControllerRef(pod).ifPresent(owner -> {
                expectations.deletionObserved(Keys.of(owner), Keys.of(pod));
                queue.add(Keys.of(owner));
            });
        }
    }
}
