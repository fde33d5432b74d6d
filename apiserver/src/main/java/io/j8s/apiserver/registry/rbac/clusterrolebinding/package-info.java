/** rbac.authorization.k8s.io/v1 ClusterRoleBinding: a ClusterRole granted to subjects cluster-wide. */
package io.j8s.apiserver.registry.rbac.clusterrolebinding;
