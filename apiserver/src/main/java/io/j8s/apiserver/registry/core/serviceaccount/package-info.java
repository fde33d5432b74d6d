/**
 * ServiceAccounts, as Kubernetes' {@code pkg/registry/core/serviceaccount}. Depends on apimachinery validation and the shared core checks.
 */
package io.j8s.apiserver.registry.core.serviceaccount;
