/**
 * PersistentVolumeClaims, as Kubernetes' {@code pkg/registry/core/persistentvolumeclaim}: access modes, storage request, immutable spec but for growing requests. Depends on apimachinery validation and the shared core checks.
 */
package io.j8s.apiserver.registry.core.persistentvolumeclaim;
