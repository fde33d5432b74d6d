package io.j8s.apiserver;

import io.j8s.apiserver.pki.TlsMaterial;
import io.j8s.storage.Store;
import java.time.Clock;

/**
 * How to run an API server.
 *
 * @param bindAddress the address to listen on, such as {@code 0.0.0.0} or {@code 127.0.0.1}
 * @param port the port, 0 for a free one
 * @param tls certificates for HTTPS; null serves plain HTTP (tests only)
 * @param store where cluster state lives
 * @param serviceClusterIpRange the CIDR ClusterIPs are allocated from, default {@code 10.96.0.0/12}
 * @param clock the time source for timestamps and ages
 */
public record ApiServerConfig(String bindAddress, int port, TlsMaterial tls, Store store,
                              String serviceClusterIpRange, Clock clock) {

    public static final String DEFAULT_SERVICE_CIDR = "10.96.0.0/12";
}
