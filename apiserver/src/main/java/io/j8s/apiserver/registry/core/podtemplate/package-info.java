/**
 * PodTemplates, as Kubernetes' {@code pkg/registry/core/podtemplate}: the template defaulted and validated as a pod's. Depends on apimachinery validation and the shared core checks.
 */
package io.j8s.apiserver.registry.core.podtemplate;
