/** rbac.authorization.k8s.io/v1 RoleBinding: a Role or ClusterRole granted to subjects in one namespace. */
package io.j8s.apiserver.registry.rbac.rolebinding;
