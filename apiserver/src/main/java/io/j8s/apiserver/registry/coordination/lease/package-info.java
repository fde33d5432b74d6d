/** coordination.k8s.io/v1 Lease: light validation; created by PUT, updated only with a resourceVersion. */
package io.j8s.apiserver.registry.coordination.lease;
