package io.j8s.scheduler.plugins;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.j8s.scheduler.framework.ClusterLister;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An in-memory {@link ClusterLister} filled by tests. */
final class FakeLister implements ClusterLister {

    final List<PersistentVolumeClaim> pvcs = new ArrayList<>();
    final List<PersistentVolume> pvs = new ArrayList<>();
    final List<StorageClass> classes = new ArrayList<>();
    final List<PodDisruptionBudget> pdbs = new ArrayList<>();

    @Override
    public Optional<PersistentVolumeClaim> persistentVolumeClaim(String namespace, String name) {
        return pvcs.stream().filter(p -> p.getMetadata().getNamespace().equals(namespace)
                && p.getMetadata().getName().equals(name)).findFirst();
    }

    @Override
    public Optional<PersistentVolume> persistentVolume(String name) {
        return pvs.stream().filter(p -> p.getMetadata().getName().equals(name)).findFirst();
    }

    @Override
    public Optional<StorageClass> storageClass(String name) {
        return classes.stream().filter(p -> p.getMetadata().getName().equals(name)).findFirst();
    }

    @Override
    public List<PodDisruptionBudget> podDisruptionBudgets(String namespace) {
        return pdbs.stream().filter(p -> p.getMetadata().getNamespace().equals(namespace)).toList();
    }

    @Override
    public Optional<Namespace> namespace(String name) {
        return Optional.empty();
    }
}
