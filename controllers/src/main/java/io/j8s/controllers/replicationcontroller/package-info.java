/**
 * The ReplicationController controller: the ReplicaSet logic of {@code io.j8s.controllers.replicaset} applied to
 * core/v1 ReplicationControllers, whose selector is a plain label map.
 */
package io.j8s.controllers.replicationcontroller;
