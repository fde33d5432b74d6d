/**
 * The serviceaccount controller: keeps a {@code default} ServiceAccount in every active namespace, like
 * Kubernetes' {@code pkg/controller/serviceaccount}. Depends on the controller base only.
 */
package io.j8s.controllers.serviceaccount;
