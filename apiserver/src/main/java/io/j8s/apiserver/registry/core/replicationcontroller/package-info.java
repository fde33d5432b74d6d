/**
 * ReplicationControllers, as Kubernetes' {@code pkg/registry/core/replicationcontroller}: selector from template labels, pod template validated. Depends on apimachinery validation and the shared core checks.
 */
package io.j8s.apiserver.registry.core.replicationcontroller;
