/**
 * The ReplicaSet controller (Kubernetes' {@code pkg/controller/replicaset}): keeps {@code spec.replicas} active pods
 * matching the selector, adopting orphans, releasing pods that stop matching, creating in slow-start batches and
 * deleting the lowest-ranked pods first; reports status. {@link io.j8s.controllers.replicaset.ReplicaController} holds
 * the logic shared with the ReplicationController controller. Depends on {@code io.j8s.controllers.base}.
 */
package io.j8s.controllers.replicaset;
