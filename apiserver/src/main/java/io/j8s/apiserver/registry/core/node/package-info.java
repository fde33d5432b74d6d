/**
 * Nodes, as Kubernetes' {@code pkg/registry/core/node}: taints, pod CIDRs and capacity. Depends on apimachinery validation and the shared core checks.
 */
package io.j8s.apiserver.registry.core.node;
