/** networking.k8s.io/v1 Ingress: rules, paths, backends, TLS and host names. */
package io.j8s.apiserver.registry.networking.ingress;
