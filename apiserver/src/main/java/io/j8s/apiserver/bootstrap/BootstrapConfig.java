package io.j8s.apiserver.bootstrap;

/**
 * What the bootstrap needs to know about the server.
 *
 * @param apiServerPort the port the API server listens on (the {@code kubernetes} Service's targetPort)
 * @param advertiseAddress the IPv4 address clients reach the server at, or null for no Endpoints
 * @param serviceClusterIpRange the ClusterIP CIDR; the Service gets its first address
 */
public record BootstrapConfig(int apiServerPort, String advertiseAddress, String serviceClusterIpRange) {}
