package io.j8s.apiserver.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterPkiTest {

    @TempDir
    Path dir;

    @Test
    void issuesAServingCertificateForEveryNameAndAddressSignedByTheCa() throws Exception {
        ClusterPki pki = ClusterPki.loadOrCreate(dir);
        var serving = pki.servingCertificate(List.of("localhost", "kubernetes.default.svc"), List.of("127.0.0.1", "10.96.0.1"));
        serving.certificate().verify(pki.caCertificate().getPublicKey());
        assertThat(serving.certificate().getSubjectAlternativeNames())
                .extracting(san -> String.valueOf(san.get(1)))
                .contains("localhost", "kubernetes.default.svc", "127.0.0.1", "10.96.0.1");
        assertThat(serving.certificate().getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1");
    }

    @Test
    void putsTheUserInCnAndGroupsInOrganisation() throws Exception {
        ClusterPki pki = ClusterPki.loadOrCreate(dir);
        var admin = pki.clientCertificate("admin", "kubernetes-admin", List.of("system:masters"));
        assertThat(admin.certificate().getSubjectX500Principal().getName()).contains("CN=kubernetes-admin", "O=system:masters");
        assertThat(admin.certificate().getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.2");
    }

    @Test
    void writesPrivateKeysAsPkcs8ReadableByGoWithMode0600() throws Exception {
        ClusterPki pki = ClusterPki.loadOrCreate(dir);
        pki.clientCertificate("admin", "kubernetes-admin", List.of("system:masters"));
        for (String key : List.of("ca.key", "admin.key")) {
            assertThat(Files.readString(dir.resolve(key))).startsWith("-----BEGIN PRIVATE KEY-----");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(key)))).isEqualTo("rw-------");
        }
    }

    @Test
    void keepsItsIdentityAcrossRestarts() throws Exception {
        ClusterPki first = ClusterPki.loadOrCreate(dir);
        var serving = first.servingCertificate(List.of("localhost"), List.of("127.0.0.1"));
        ClusterPki again = ClusterPki.loadOrCreate(dir);
        assertThat(again.caCertificate()).isEqualTo(first.caCertificate());
        assertThat(again.servingCertificate(List.of("localhost"), List.of("127.0.0.1")).certificate())
                .isEqualTo(serving.certificate());
        assertThat(again.servingCertificate(List.of("localhost", "new.example"), List.of("127.0.0.1")).certificate())
                .isNotEqualTo(serving.certificate());
    }
}
