/** networking.k8s.io/v1 IngressClass: a domain-prefixed controller that may not change, and parameters. */
package io.j8s.apiserver.registry.networking.ingressclass;
