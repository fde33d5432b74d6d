package io.j8s.controllers.garbagecollector;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.j8s.controllers.base.Controller;
import io.j8s.controllers.base.ControllerContext;
import io.j8s.controllers.base.Lister;
import io.j8s.controllers.base.WorkQueue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the ownerReferences graph consistent. A sync of {@code Kind:namespace/name}:
 * <ul>
 *   <li>an object being deleted with the {@code orphan} finalizer has its reference removed from every dependent,
 *       then the finalizer removed;</li>
 *   <li>an object being deleted with the {@code foregroundDeletion} finalizer has its dependents deleted (blocking
 *       ones in the foreground, so their own dependents go first); once no blocking dependent remains, the
 *       finalizer is removed;</li>
 *   <li>an object all of whose owners are gone (absent, or present with another UID) is deleted in the background;
 *       one with only some owners gone loses the dangling references.</li>
 * </ul>
 * Absence seen in the cache is confirmed by a live read before anything is deleted.
 */
public final class GarbageCollector implements Controller {

    public static final String ORPHAN = "orphan";
    public static final String FOREGROUND = "foregroundDeletion";

    private final ControllerContext ctx;
    private final WorkQueue queue;
    private final Map<String, MonitoredResource> byKind = new LinkedHashMap<>();
    private final Map<String, Lister<? extends HasMetadata>> listers = new LinkedHashMap<>();

    public GarbageCollector(ControllerContext ctx) {
        this(ctx, MonitoredResources.DEFAULT);
    }

    GarbageCollector(ControllerContext ctx, List<MonitoredResource> monitored) {
        this.ctx = ctx;
        this.queue = ctx.newQueue("garbagecollector");
        for (MonitoredResource r : monitored) {
            byKind.put(r.kind(), r);
            watch(r);
        }
    }

    private <T extends HasMetadata> void watch(MonitoredResource r) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) r.type();
        ctx.informers().informer(type).addEventHandler(new ResourceEventHandler<T>() {
            @Override
            public void onAdd(T obj) {
                queue.add(GraphKey.of(r.kind(), obj).toString());
            }

            @Override
            public void onUpdate(T oldObj, T newObj) {
                queue.add(GraphKey.of(r.kind(), newObj).toString());
                if (!newObj.getMetadata().getOwnerReferences().equals(oldObj.getMetadata().getOwnerReferences())) {
                    enqueueOwners(oldObj);
                }
            }

            @Override
            public void onDelete(T obj, boolean unknown) {
                // Its dependents may now be garbage; a foreground-deleting owner may now be unblocked.
                dependentsOf(obj.getMetadata().getUid()).forEach(d -> queue.add(d.toString()));
                enqueueOwners(obj);
            }
        });
        listers.put(r.kind(), ctx.informers().lister(type));
    }

    private void enqueueOwners(HasMetadata obj) {
        for (OwnerReference ref : obj.getMetadata().getOwnerReferences()) {
            MonitoredResource r = byKind.get(ref.getKind());
            if (r != null && r.matches(ref.getApiVersion(), ref.getKind())) {
                String ns = r.namespaced() ? obj.getMetadata().getNamespace() : "";
                queue.add(new GraphKey(r.kind(), ns, ref.getName()).toString());
            }
        }
    }

    @Override
    public String name() {
        return "garbagecollector";
    }

    @Override
    public WorkQueue queue() {
        return queue;
    }

    @Override
    public int workers() {
        return 20;
    }

    @Override
    public void sync(String key) {
        GraphKey node = GraphKey.parse(key);
        Lister<? extends HasMetadata> lister = listers.get(node.kind());
        HasMetadata obj = lister == null ? null : lister.get(node.cacheKey()).orElse(null);
        if (obj == null) {
            return;
        }
        List<String> finalizers = obj.getMetadata().getFinalizers();
        if (obj.getMetadata().getDeletionTimestamp() != null) {
            if (finalizers.contains(ORPHAN)) {
                orphanDependents(obj);
                return;
            }
            if (finalizers.contains(FOREGROUND)) {
                deleteDependentsFirst(obj);
                return;
            }
        }
        collectIfDangling(obj);
    }

    private void orphanDependents(HasMetadata owner) {
        String uid = owner.getMetadata().getUid();
        for (HasMetadata dependent : dependentObjects(uid)) {
            List<OwnerReference> rest = dependent.getMetadata().getOwnerReferences().stream()
                    .filter(ref -> !uid.equals(ref.getUid())).toList();
            patchMetadata(dependent, Map.of("ownerReferences", rest));
        }
        removeFinalizer(owner, ORPHAN);
    }

    private void deleteDependentsFirst(HasMetadata owner) {
        String uid = owner.getMetadata().getUid();
        boolean blocked = false;
        for (HasMetadata dependent : dependentObjects(uid)) {
            boolean blocking = dependent.getMetadata().getOwnerReferences().stream()
                    .anyMatch(ref -> uid.equals(ref.getUid()) && Boolean.TRUE.equals(ref.getBlockOwnerDeletion()));
            blocked |= blocking;
            if (dependent.getMetadata().getDeletionTimestamp() == null) {
                delete(dependent, blocking ? DeletionPropagation.FOREGROUND : DeletionPropagation.BACKGROUND);
            }
        }
        if (!blocked) {
            removeFinalizer(owner, FOREGROUND);
        }
        // Otherwise the deletion of each blocking dependent enqueues this owner again.
    }

    private void collectIfDangling(HasMetadata obj) {
        List<OwnerReference> refs = obj.getMetadata().getOwnerReferences();
        OwnerVerdict verdict = OwnerVerdict.decide(refs, ref -> ownerAbsent(obj, ref));
        switch (verdict) {
            case OwnerVerdict.Keep keep -> { }
            case OwnerVerdict.Delete delete -> {
                if (obj.getMetadata().getDeletionTimestamp() == null) {
                    delete(obj, DeletionPropagation.BACKGROUND);
                }
            }
            case OwnerVerdict.RemoveReferences remove -> patchMetadata(obj, Map.of("ownerReferences",
                    refs.stream().filter(ref -> !remove.uids().contains(ref.getUid())).toList()));
        }
    }

    /** Whether the owner named by {@code ref} is gone: checked in the cache, then confirmed by a live read. */
    private boolean ownerAbsent(HasMetadata dependent, OwnerReference ref) {
        MonitoredResource r = byKind.get(ref.getKind());
        String ns = dependent.getMetadata().getNamespace();
        if (r != null && r.matches(ref.getApiVersion(), ref.getKind())) {
            String cacheKey = r.namespaced() ? ns + "/" + ref.getName() : ref.getName();
            Optional<? extends HasMetadata> cached = listers.get(r.kind()).get(cacheKey);
            if (cached.isPresent() && ref.getUid().equals(cached.get().getMetadata().getUid())) {
                return false;
            }
            return liveAbsent(ctx.client().genericKubernetesResources(r.context()), r.namespaced() ? ns : null,
                    ref.getName(), ref.getUid());
        }
        try {
            // Owners of kinds not watched (custom resources, nodes...) are read live; discovery resolves the kind.
            var ops = ctx.client().genericKubernetesResources(ref.getApiVersion(), ref.getKind());
            return liveAbsent(ops, ns, ref.getName(), ref.getUid());
        } catch (KubernetesClientException e) {
            return false; // unknown kind: do not guess that the owner is gone
        }
    }

    private static boolean liveAbsent(
            io.fabric8.kubernetes.client.dsl.MixedOperation<GenericKubernetesResource, ?, ?> ops, String ns,
            String name, String uid) {
        GenericKubernetesResource live;
        try {
            live = ns == null || ns.isEmpty() ? ops.withName(name).get() : ops.inNamespace(ns).withName(name).get();
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                return true;
            }
            throw e;
        }
        return live == null || !uid.equals(live.getMetadata().getUid());
    }

    /** Keys of every watched object holding an ownerReference to {@code uid}. */
    private List<GraphKey> dependentsOf(String uid) {
        List<GraphKey> out = new ArrayList<>();
        listers.forEach((kind, lister) -> lister.list().stream()
                .filter(o -> o.getMetadata().getOwnerReferences().stream().anyMatch(ref -> uid.equals(ref.getUid())))
                .forEach(o -> out.add(GraphKey.of(kind, o))));
        return out;
    }

    private List<HasMetadata> dependentObjects(String uid) {
        List<HasMetadata> out = new ArrayList<>();
        listers.values().forEach(lister -> lister.list().stream()
                .filter(o -> o.getMetadata().getOwnerReferences().stream().anyMatch(ref -> uid.equals(ref.getUid())))
                .forEach(out::add));
        return out;
    }

    private MonitoredResource resourceOf(HasMetadata obj) {
        return byKind.values().stream().filter(r -> r.type().isInstance(obj)).findFirst().orElseThrow();
    }

    private void delete(HasMetadata obj, DeletionPropagation propagation) {
        MonitoredResource r = resourceOf(obj);
        var ops = ctx.client().genericKubernetesResources(r.context());
        var named = r.namespaced() ? ops.inNamespace(obj.getMetadata().getNamespace()).withName(obj.getMetadata().getName())
                : ops.withName(obj.getMetadata().getName());
        try {
            named.withPropagationPolicy(propagation).delete();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
    }

    private void removeFinalizer(HasMetadata obj, String finalizer) {
        List<String> rest = new ArrayList<>(obj.getMetadata().getFinalizers());
        rest.remove(finalizer);
        patchMetadata(obj, Map.of("finalizers", rest));
    }

    /**
     * Merge-patches {@code fields} into the object's metadata, guarded by its resourceVersion so a concurrent
     * change makes the patch fail with 409 and the key retry against fresh state.
     */
    private void patchMetadata(HasMetadata obj, Map<String, Object> fields) {
        MonitoredResource r = resourceOf(obj);
        Map<String, Object> metadata = new LinkedHashMap<>(fields);
        metadata.put("resourceVersion", obj.getMetadata().getResourceVersion());
        String patch = Serialization.asJson(Map.of("metadata", metadata));
        var ops = ctx.client().genericKubernetesResources(r.context());
        var named = r.namespaced() ? ops.inNamespace(obj.getMetadata().getNamespace()).withName(obj.getMetadata().getName())
                : ops.withName(obj.getMetadata().getName());
        try {
            named.patch(PatchContext.of(PatchType.JSON_MERGE), patch);
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
    }
}
