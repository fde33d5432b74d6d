package io.j8s.scheduler.framework;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import java.util.List;
import java.util.Optional;

/** Read access to the informer caches of objects other than pods and nodes. Thread-safe. */
public interface ClusterLister {

    Optional<PersistentVolumeClaim> persistentVolumeClaim(String namespace, String name);

    Optional<PersistentVolume> persistentVolume(String name);

    Optional<StorageClass> storageClass(String name);

    List<PodDisruptionBudget> podDisruptionBudgets(String namespace);

    Optional<Namespace> namespace(String name);

    /** The pod's priority: spec.priority, else its PriorityClass's value, else the global default or 0. */
    default int priority(io.fabric8.kubernetes.api.model.Pod pod) {
        Integer p = pod.getSpec().getPriority();
        return p == null ? 0 : p;
    }

    /** A lister with no objects at all, for tests that need none. */
    static ClusterLister empty() {
        return new ClusterLister() {
            public Optional<PersistentVolumeClaim> persistentVolumeClaim(String ns, String name) {
                return Optional.empty();
            }

            public Optional<PersistentVolume> persistentVolume(String name) {
                return Optional.empty();
            }

            public Optional<StorageClass> storageClass(String name) {
                return Optional.empty();
            }

            public List<PodDisruptionBudget> podDisruptionBudgets(String namespace) {
                return List.of();
            }

            public Optional<Namespace> namespace(String name) {
                return Optional.empty();
            }
        };
    }
}
