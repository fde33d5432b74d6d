/** rbac.authorization.k8s.io/v1 Role: namespaced policy rules. */
package io.j8s.apiserver.registry.rbac.role;
