/** networking.k8s.io/v1 NetworkPolicy: defaults of policy types and port protocols, peers, ports and CIDR blocks. */
package io.j8s.apiserver.registry.networking.networkpolicy;
