/**
 * The endpoints controller: keeps an Endpoints object named like each Service with a selector, listing the ready
 * and not-ready addresses of its pods and the resolved target ports, like Kubernetes'
 * {@code pkg/controller/endpoint}. {@link io.j8s.controllers.endpoint.ServicePods} is shared with the endpointslice
 * controller. Depends on the controller base only.
 */
package io.j8s.controllers.endpoint;
