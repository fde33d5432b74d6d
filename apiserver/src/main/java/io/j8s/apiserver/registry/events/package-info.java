/** The events.k8s.io group: Events in the newer shape, stored with core v1 Events. */
package io.j8s.apiserver.registry.events;
