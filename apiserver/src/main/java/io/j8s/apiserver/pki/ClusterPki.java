package io.j8s.apiserver.pki;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The cluster's certificate authority and the certificates it issues, kept as PEM files in one
 * folder ({@code ca.crt}, {@code ca.key}, {@code apiserver.crt}, ...; keys with mode 0600). Loaded
 * when present, created otherwise, so a restarted server keeps its identity and its clients keep
 * trusting it. RSA 2048 keys as kubeadm makes them: every client reads those (fabric8, for one,
 * assumes RSA for a PKCS#8 key it is not told the algorithm of).
 */
public final class ClusterPki {

    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    private static final Duration LEAF_VALIDITY = Duration.ofDays(365);

    private final Path dir;
    private final X509Certificate caCert;
    private final PrivateKey caKey;
    private final SecureRandom random = new SecureRandom();

    private ClusterPki(Path dir, X509Certificate caCert, PrivateKey caKey) {
        this.dir = dir;
        this.caCert = caCert;
        this.caKey = caKey;
    }

    /** Loads the CA from {@code dir}, or creates one there. */
    public static ClusterPki loadOrCreate(Path dir) {
        try {
            Files.createDirectories(dir);
            Path crt = dir.resolve("ca.crt");
            Path key = dir.resolve("ca.key");
            if (Files.exists(crt) && Files.exists(key)) {
                return new ClusterPki(dir, Pem.readCertificate(crt), Pem.readKey(key));
            }
            KeyPair pair = newKeyPair();
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "j8s-ca").build();
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, serial(new SecureRandom()),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(CA_VALIDITY)), name, pair.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate ca = sign(b, pair.getPrivate());
            Pem.write(crt, Pem.encode(ca), false);
            Pem.write(key, Pem.encode(pair.getPrivate()), true);
            return new ClusterPki(dir, ca, pair.getPrivate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create the cluster CA", e);
        }
    }

    public X509Certificate caCertificate() {
        return caCert;
    }

    /**
     * The API server's serving certificate for these host names and IP addresses, issued once and
     * reissued when it lacks one of them or expires within 30 days.
     */
    public IssuedCertificate servingCertificate(List<String> dnsNames, List<String> ipAddresses) {
        Path crt = dir.resolve("apiserver.crt");
        Path key = dir.resolve("apiserver.key");
        if (Files.exists(crt) && Files.exists(key)) {
            IssuedCertificate existing = new IssuedCertificate(Pem.readCertificate(crt), Pem.readKey(key));
            if (covers(existing.certificate(), dnsNames, ipAddresses) && !expiresSoon(existing.certificate())) {
                return existing;
            }
        }
        List<GeneralName> sans = new ArrayList<>();
        dnsNames.forEach(d -> sans.add(new GeneralName(GeneralName.dNSName, d)));
        ipAddresses.forEach(ip -> sans.add(new GeneralName(GeneralName.iPAddress, ip)));
        IssuedCertificate issued = issue("kube-apiserver", List.of(), KeyPurposeId.id_kp_serverAuth, sans);
        store(issued, crt, key);
        return issued;
    }

    /** A client certificate for a user (CN) in groups (O), such as {@code kubernetes-admin} in {@code system:masters}. */
    public IssuedCertificate clientCertificate(String fileStem, String user, List<String> groups) {
        Path crt = dir.resolve(fileStem + ".crt");
        Path key = dir.resolve(fileStem + ".key");
        if (Files.exists(crt) && Files.exists(key)) {
            IssuedCertificate existing = new IssuedCertificate(Pem.readCertificate(crt), Pem.readKey(key));
            if (!expiresSoon(existing.certificate())) {
                return existing;
            }
        }
        IssuedCertificate issued = issue(user, groups, KeyPurposeId.id_kp_clientAuth, List.of());
        store(issued, crt, key);
        return issued;
    }

    /** What the API server needs to serve HTTPS with this PKI. */
    public TlsMaterial tlsMaterial(IssuedCertificate serving) {
        return new TlsMaterial(caCert, List.of(serving.certificate(), caCert), serving.key());
    }

    private IssuedCertificate issue(String cn, List<String> groups, KeyPurposeId purpose, List<GeneralName> sans) {
        try {
            KeyPair pair = newKeyPair();
            X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE);
            groups.forEach(g -> subject.addRDN(BCStyle.O, g));
            subject.addRDN(BCStyle.CN, cn);
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(caCert, serial(random),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(LEAF_VALIDITY)), subject.build(),
                    pair.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(caCert));
            if (!sans.isEmpty()) {
                b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(sans.toArray(GeneralName[]::new)));
            }
            return new IssuedCertificate(sign(b, caKey), pair.getPrivate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue a certificate for " + cn, e);
        }
    }

    private static void store(IssuedCertificate issued, Path crt, Path key) {
        Pem.write(crt, Pem.encode(issued.certificate()), false);
        Pem.write(key, Pem.encode(issued.key()), true);
    }

    private static boolean covers(X509Certificate cert, List<String> dnsNames, List<String> ips) {
        try {
            var present = new java.util.HashSet<String>();
            if (cert.getSubjectAlternativeNames() != null) {
                cert.getSubjectAlternativeNames().forEach(san -> present.add(String.valueOf(san.get(1))));
            }
            return present.containsAll(dnsNames) && ips.stream().allMatch(ip -> present.contains(ip)
                    || present.stream().anyMatch(p -> sameAddress(p, ip)));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean sameAddress(String a, String b) {
        // both are IP literals here, so getByName parses without a DNS lookup
        try {
            return java.net.InetAddress.getByName(a).equals(java.net.InetAddress.getByName(b));
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static boolean expiresSoon(X509Certificate cert) {
        return cert.getNotAfter().toInstant().isBefore(Instant.now().plus(Duration.ofDays(30)));
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(127, random).add(BigInteger.ONE);
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(key));
        return new JcaX509CertificateConverter().getCertificate(holder);
    }

    /** A certificate and its private key. */
    public record IssuedCertificate(X509Certificate certificate, PrivateKey key) {
        public String certificatePem() {
            return Pem.encode(certificate);
        }

        public String keyPem() {
            return Pem.encode(key);
        }
    }

    /** PEM reading and writing, through BouncyCastle. */
    public static final class Pem {
        private Pem() {}

        /** PEM of a certificate, or of a private key as PKCS#8 ({@code PRIVATE KEY}), which Go's crypto/tls reads. */
        public static String encode(Object certOrKey) {
            StringWriter out = new StringWriter();
            try (JcaPEMWriter w = new JcaPEMWriter(out)) {
                if (certOrKey instanceof PrivateKey key) {
                    w.writeObject(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(key, null));
                } else {
                    w.writeObject(certOrKey);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        }

        /** Writes atomically; private material gets mode 0600 before any byte is written. */
        public static void write(Path file, String pem, boolean secret) {
            try {
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                Files.deleteIfExists(tmp);
                Files.createFile(tmp);
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString(secret ? "rw-------" : "rw-r--r--"));
                } catch (UnsupportedOperationException notPosix) {
                    // not a POSIX file system: the folder's ACLs decide
                }
                Files.writeString(tmp, pem);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public static X509Certificate readCertificate(Path file) {
            try (Reader r = Files.newBufferedReader(file); PEMParser p = new PEMParser(r)) {
                return new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) p.readObject());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException | ClassCastException e) {
                throw new IllegalStateException("not a PEM certificate: " + file, e);
            }
        }

        public static PrivateKey readKey(Path file) {
            try (Reader r = Files.newBufferedReader(file); PEMParser p = new PEMParser(r)) {
                Object o = p.readObject();
                JcaPEMKeyConverter c = new JcaPEMKeyConverter();
                if (o instanceof PEMKeyPair kp) {
                    return c.getKeyPair(kp).getPrivate();
                }
                if (o instanceof PrivateKeyInfo info) {
                    return c.getPrivateKey(info);
                }
                throw new IllegalStateException("not a PEM private key: " + file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
