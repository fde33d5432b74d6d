/** storage.k8s.io/v1 StorageClass: defaults, provisioner and parameters fixed at creation. */
package io.j8s.apiserver.registry.storage.storageclass;
