/**
 * The namespace controller: empties a terminating namespace of every namespaced resource found through API
 * discovery, then removes its {@code kubernetes} finalizer through the finalize subresource, like Kubernetes'
 * {@code pkg/controller/namespace}. Depends on the controller base only.
 */
package io.j8s.controllers.namespace;
