package io.j8s.testing;

import io.fabric8.kubernetes.client.ConfigBuilder;
import io.j8s.apiserver.pki.TlsMaterial;
import io.j8s.apiserver.pki.ClusterPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A freshly generated cluster CA in a directory, the API server's serving certificate for 127.0.0.1 and an admin
 * client certificate ({@code kubernetes-admin} in {@code system:masters}). Immutable once created.
 */
record AdminCredentials(TlsMaterial serving, SSLContext sslContext, String caPem, String certPem, String keyPem) {

    /** Generates the CA and both certificates into {@code dir}, which the caller owns and deletes. */
    static AdminCredentials generate(Path dir) {
        ClusterPki pki = ClusterPki.loadOrCreate(dir);
        ClusterPki.IssuedCertificate serving = pki.servingCertificate(List.of("localhost"), List.of("127.0.0.1"));
        ClusterPki.IssuedCertificate admin = pki.clientCertificate("admin", "kubernetes-admin", List.of("system:masters"));
        try {
            char[] password = "j8s".toCharArray();
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("admin", admin.key(), password, new Certificate[] {admin.certificate(), pki.caCertificate()});
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", pki.caCertificate());
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, password);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return new AdminCredentials(pki.tlsMaterial(serving), context,
                    ClusterPki.Pem.encode(pki.caCertificate()), admin.certificatePem(), admin.keyPem());
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot build the admin TLS context", e);
        }
    }

    /** Adds the CA and the admin certificate to a fabric8 configuration. */
    ConfigBuilder applyTo(ConfigBuilder config) {
        return config.withCaCertData(base64(caPem)).withClientCertData(base64(certPem)).withClientKeyData(base64(keyPem));
    }

    private static String base64(String pem) {
        return Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.UTF_8));
    }
}
