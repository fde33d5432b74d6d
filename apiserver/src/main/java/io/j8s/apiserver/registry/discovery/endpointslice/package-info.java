/** discovery.k8s.io/v1 EndpointSlice: defaults of ports and validation of addresses by type. */
package io.j8s.apiserver.registry.discovery.endpointslice;
