/** events.k8s.io/v1 Event: strict validation of new events, immutable fields, field selectors as core Events. */
package io.j8s.apiserver.registry.events.event;
