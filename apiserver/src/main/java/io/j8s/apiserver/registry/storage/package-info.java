/** The storage.k8s.io group: StorageClasses. */
package io.j8s.apiserver.registry.storage;
