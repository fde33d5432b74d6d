package io.j8s.controllers.base;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Kubernetes' {@code ControllerRefManager.ClaimObjects}: from candidate objects in the owner's namespace, keeps those
 * the owner controls and still match, adopts matching orphans (patching in a controller reference) and releases
 * owned ones that stopped matching. Adoption is skipped while the owner is being deleted.
 */
public final class ControllerRefManager<T extends HasMetadata> {

    private final KubernetesClient client;
    private final Class<T> type;

    public ControllerRefManager(KubernetesClient client, Class<T> type) {
        this.client = client;
        this.type = type;
    }

    /** The candidates the owner now controls, after adopting and releasing through the API. */
    public List<T> claim(HasMetadata owner, Predicate<T> matches, List<T> candidates) {
        List<T> claimed = new ArrayList<>();
        boolean ownerDeleting = owner.getMetadata().getDeletionTimestamp() != null;
        for (T obj : candidates) {
            var ref = OwnerReferences.controllerOf(obj);
            if (ref.isPresent()) {
                if (!ref.get().getUid().equals(owner.getMetadata().getUid())) {
                    continue; // someone else's
                }
                if (matches.test(obj)) {
                    claimed.add(obj);
                } else if (obj.getMetadata().getDeletionTimestamp() == null && !ownerDeleting) {
                    release(owner, obj);
                }
                continue;
            }
            if (ownerDeleting || !matches.test(obj) || obj.getMetadata().getDeletionTimestamp() != null) {
                continue;
            }
            T adopted = adopt(owner, obj);
            if (adopted != null) {
                claimed.add(adopted);
            }
        }
        return claimed;
    }

    /** Patches a controller reference to {@code owner} into an orphan; null if it changed or vanished meanwhile. */
    public T adopt(HasMetadata owner, T obj) {
        List<OwnerReference> refs = new ArrayList<>(nonNull(obj.getMetadata().getOwnerReferences()));
        refs.add(OwnerReferences.newControllerRef(owner));
        return patchOwnerReferences(obj, refs);
    }

    /** Removes {@code owner}'s reference from {@code obj}. */
    public void release(HasMetadata owner, T obj) {
        List<OwnerReference> refs = new ArrayList<>(nonNull(obj.getMetadata().getOwnerReferences()));
        refs.removeIf(r -> r.getUid().equals(owner.getMetadata().getUid()));
        patchOwnerReferences(obj, refs);
    }

    private T patchOwnerReferences(T obj, List<OwnerReference> refs) {
        // A merge patch replaces the whole list; the resourceVersion makes it conditional on what we read.
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("ownerReferences", refs);
        meta.put("resourceVersion", obj.getMetadata().getResourceVersion());
        String patch = Serialization.asJson(Map.of("metadata", meta));
        try {
            return client.resources(type).inNamespace(obj.getMetadata().getNamespace())
                    .withName(obj.getMetadata().getName())
                    .patch(PatchContext.of(PatchType.JSON_MERGE), patch);
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404 || e.getCode() == 409) {
                return null; // changed or gone: the informer will bring the new state and a new sync
            }
            throw e;
        }
    }

    private static <E> List<E> nonNull(List<E> list) {
        return list == null ? List.of() : list;
    }
}
