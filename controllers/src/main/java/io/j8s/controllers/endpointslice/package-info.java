/**
 * The endpointslice controller: keeps EndpointSlices (addressType IPv4, one per distinct port list) for each Service
 * with a selector, with ready/serving/terminating conditions, like Kubernetes' {@code pkg/controller/endpointslice}.
 * Depends on the controller base and the pod-selection rules of {@code io.j8s.controllers.endpoint}.
 */
package io.j8s.controllers.endpointslice;
