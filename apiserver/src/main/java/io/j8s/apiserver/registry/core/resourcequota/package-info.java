/**
 * ResourceQuotas, as Kubernetes' {@code pkg/registry/core/resourcequota}: resource names, quantities and scopes. Depends on apimachinery validation and the shared core checks.
 */
package io.j8s.apiserver.registry.core.resourcequota;
