/**
 * The generic registry: how objects of every resource are created, read, listed, watched, updated,
 * patched and deleted over a {@link io.j8s.storage.Store}, as Kubernetes'
 * {@code registry/generic/registry.Store} and its cacher do. Resource-specific rules come from each
 * resource's {@link io.j8s.apiserver.registry.Strategy} and {@link ResourceHooks}. Depends on the
 * registry contracts, admission, storage and apimachinery.
 */
package io.j8s.apiserver.registry.generic;
