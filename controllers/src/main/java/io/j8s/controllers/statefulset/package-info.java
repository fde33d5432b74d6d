/**
 * The {@code statefulset} controller, as Kubernetes' {@code pkg/controller/statefulset}: pods with stable names
 * {@code <set>-<ordinal>}, claims from volumeClaimTemplates made before their pod, OrderedReady or Parallel pod
 * management, and rolling updates with a partition by {@code controller-revision-hash}.
 * Depends on the controller base only.
 */
package io.j8s.controllers.statefulset;
