/**
 * LimitRanges, as Kubernetes' {@code pkg/registry/core/limitrange}: container defaults from max and min, ordered quantities. Depends on apimachinery validation and the shared core checks.
 */
package io.j8s.apiserver.registry.core.limitrange;
