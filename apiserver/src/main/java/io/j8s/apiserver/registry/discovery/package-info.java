/** The discovery.k8s.io group: EndpointSlices. */
package io.j8s.apiserver.registry.discovery;
