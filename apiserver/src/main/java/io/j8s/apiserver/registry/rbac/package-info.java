/**
 * The rbac.authorization.k8s.io group: Roles, ClusterRoles and their bindings, stored and validated
 * here (authorization itself lives with the security work). Shared rules of policy rules, role
 * references and subjects are in this package.
 */
package io.j8s.apiserver.registry.rbac;
