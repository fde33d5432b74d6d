/** The networking.k8s.io group: Ingresses, IngressClasses and NetworkPolicies. */
package io.j8s.apiserver.registry.networking;
