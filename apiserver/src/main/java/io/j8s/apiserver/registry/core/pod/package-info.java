/**
 * Pods, as Kubernetes' {@code pkg/registry/core/pod}: {@link io.j8s.apiserver.registry.core.pod.PodStrategy},
 * and the pod-spec defaulting and validation that every pod template (ReplicationControllers,
 * Deployments, Jobs...) shares: {@link io.j8s.apiserver.registry.core.pod.PodSpecDefaults},
 * {@link io.j8s.apiserver.registry.core.pod.PodSpecValidation}.
 */
package io.j8s.apiserver.registry.core.pod;
