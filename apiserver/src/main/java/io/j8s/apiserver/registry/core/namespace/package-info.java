/**
 * Namespaces, as Kubernetes' {@code pkg/registry/core/namespace}: the kubernetes finalizer and phase Active on create. Depends on apimachinery validation and the shared core checks.
 */
package io.j8s.apiserver.registry.core.namespace;
