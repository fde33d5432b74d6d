/** apps/v1 ReplicaSet: defaults, validation, status rules and the {@code status.replicas} field selector. */
package io.j8s.apiserver.registry.apps.replicaset;
