package io.j8s.scheduler;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClass;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.j8s.scheduler.framework.ClusterLister;
import java.util.List;
import java.util.Optional;

/** {@link ClusterLister} over fabric8 informer caches; resolves priorities from PriorityClasses. */
final class InformerLister implements ClusterLister {

    private final SharedIndexInformer<PersistentVolumeClaim> pvcs;
    private final SharedIndexInformer<PersistentVolume> pvs;
    private final SharedIndexInformer<StorageClass> storageClasses;
    private final SharedIndexInformer<PodDisruptionBudget> pdbs;
    private final SharedIndexInformer<PriorityClass> priorityClasses;
    private final SharedIndexInformer<Namespace> namespaces;

    InformerLister(SharedIndexInformer<PersistentVolumeClaim> pvcs, SharedIndexInformer<PersistentVolume> pvs,
                   SharedIndexInformer<StorageClass> storageClasses, SharedIndexInformer<PodDisruptionBudget> pdbs,
                   SharedIndexInformer<PriorityClass> priorityClasses, SharedIndexInformer<Namespace> namespaces) {
        this.pvcs = pvcs;
        this.pvs = pvs;
        this.storageClasses = storageClasses;
        this.pdbs = pdbs;
        this.priorityClasses = priorityClasses;
        this.namespaces = namespaces;
    }

    /** In order: PVCs, PVs, storage classes, PDBs, priority classes, namespaces. */
    List<SharedIndexInformer<?>> informers() {
        return List.of(pvcs, pvs, storageClasses, pdbs, priorityClasses, namespaces);
    }

    @Override
    public Optional<PersistentVolumeClaim> persistentVolumeClaim(String namespace, String name) {
        return Optional.ofNullable(pvcs.getStore().getByKey(namespace + "/" + name));
    }

    @Override
    public Optional<PersistentVolume> persistentVolume(String name) {
        return Optional.ofNullable(pvs.getStore().getByKey(name));
    }

    @Override
    public Optional<StorageClass> storageClass(String name) {
        return Optional.ofNullable(storageClasses.getStore().getByKey(name));
    }

    @Override
    public List<PodDisruptionBudget> podDisruptionBudgets(String namespace) {
        return pdbs.getStore().list().stream()
                .filter(p -> namespace.equals(p.getMetadata().getNamespace())).toList();
    }

    @Override
    public Optional<Namespace> namespace(String name) {
        return Optional.ofNullable(namespaces.getStore().getByKey(name));
    }

    @Override
    public int priority(Pod pod) {
        Integer p = pod.getSpec().getPriority();
        if (p != null) {
            return p;
        }
        String className = pod.getSpec().getPriorityClassName();
        if (className != null && !className.isEmpty()) {
            PriorityClass pc = priorityClasses.getStore().getByKey(className);
            if (pc != null && pc.getValue() != null) {
                return pc.getValue();
            }
        }
        return priorityClasses.getStore().list().stream()
                .filter(pc -> Boolean.TRUE.equals(pc.getGlobalDefault()) && pc.getValue() != null)
                .mapToInt(PriorityClass::getValue).max().orElse(0);
    }
}
