/** The coordination.k8s.io group: Leases for leader election and node heartbeats. */
package io.j8s.apiserver.registry.coordination;
