/**
 * PersistentVolumes, as Kubernetes' {@code pkg/registry/core/persistentvolume}: access modes, capacity, one volume source. Depends on apimachinery validation and the shared core checks.
 */
package io.j8s.apiserver.registry.core.persistentvolume;
