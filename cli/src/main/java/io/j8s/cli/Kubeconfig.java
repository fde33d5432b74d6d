package io.j8s.cli;

import io.j8s.apiserver.pki.ClusterPki;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

/** An admin kubeconfig: the server URL, the cluster CA, and a client certificate, all inline. */
record Kubeconfig(URI server, String caPem, ClusterPki.IssuedCertificate client, String user) {

    String render() {
        return """
                apiVersion: v1
                kind: Config
                clusters:
                - name: j8s
                  cluster:
                    server: %s
                    certificate-authority-data: %s
                users:
                - name: %s
                  user:
                    client-certificate-data: %s
                    client-key-data: %s
                contexts:
                - name: j8s
                  context:
                    cluster: j8s
                    user: %s
                    namespace: default
                current-context: j8s
                preferences: {}
                """.formatted(server, b64(caPem), user, b64(client.certificatePem()), b64(client.keyPem()), user);
    }

    /** Writes the file with mode 0600: it holds a private key. */
    void writeTo(Path file) {
        ClusterPki.Pem.write(file, render(), true);
    }

    private static String b64(String pem) {
        return Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII));
    }
}
