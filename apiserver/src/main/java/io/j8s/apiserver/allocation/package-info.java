/**
 * Allocation of ClusterIPs and NodePorts to Services, as Kubernetes' {@code registry/core/service}
 * allocators do: bitmaps rebuilt from the stored Services at start, wired into the services registry
 * through {@link io.j8s.apiserver.registry.generic.ResourceHooks}. One API server owns them.
 */
package io.j8s.apiserver.allocation;
