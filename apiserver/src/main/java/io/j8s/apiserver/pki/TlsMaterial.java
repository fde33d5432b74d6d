package io.j8s.apiserver.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What the API server needs to serve HTTPS and verify client certificates.
 *
 * @param clientCa the CA that signs client certificates (users from CN, groups from O)
 * @param servingChain the serving certificate first, then its issuers
 * @param servingKey the serving certificate's private key
 */
public record TlsMaterial(X509Certificate clientCa, List<X509Certificate> servingChain, PrivateKey servingKey) {}
