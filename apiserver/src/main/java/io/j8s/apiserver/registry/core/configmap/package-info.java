/**
 * ConfigMaps, as Kubernetes' {@code pkg/registry/core/configmap}: keys, size and immutability. Depends on apimachinery validation and the shared core checks.
 */
package io.j8s.apiserver.registry.core.configmap;
