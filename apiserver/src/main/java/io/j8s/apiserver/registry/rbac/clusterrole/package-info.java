/** rbac.authorization.k8s.io/v1 ClusterRole: cluster-wide policy rules and aggregation rules. */
package io.j8s.apiserver.registry.rbac.clusterrole;
