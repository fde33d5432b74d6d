package io.j8s.apiserver;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.j8s.apiserver.pki.ClusterPki;
import io.j8s.storage.embedded.EmbeddedStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An API server running in-process on a free port over an in-memory store, with a fabric8 client
 * and a raw HTTP client pointed at it. Plain HTTP or HTTPS with an admin client certificate.
 */
public final class TestApiServer implements AutoCloseable {

    private final EmbeddedStore store;
    private final ApiServer server;
    private final KubernetesClient client;
    private final HttpClient http;
    private final Path pkiDir;

    private TestApiServer(EmbeddedStore store, ApiServer server, KubernetesClient client, HttpClient http, Path pkiDir) {
        this.store = store;
        this.server = server;
        this.client = client;
        this.http = http;
        this.pkiDir = pkiDir;
    }

    /** A server on plain HTTP, the way fabric8's tests usually run. */
    public static TestApiServer plainHttp() {
        EmbeddedStore store = EmbeddedStore.inMemory();
        ApiServer server = ApiServer.start(new ApiServerConfig("127.0.0.1", 0, null, store,
                ApiServerConfig.DEFAULT_SERVICE_CIDR, Clock.systemUTC()));
        Config config = new ConfigBuilder().withMasterUrl(server.url().toString()).withNamespace("default")
                .withRequestRetryBackoffLimit(0).build();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return new TestApiServer(store, server, new KubernetesClientBuilder().withConfig(config).build(), http, null);
    }

    /** A server on HTTPS; the clients present an admin certificate (kubernetes-admin in system:masters). */
    public static TestApiServer https() {
        try {
            Path dir = Files.createTempDirectory("j8s-test-pki");
            ClusterPki pki = ClusterPki.loadOrCreate(dir);
            ClusterPki.IssuedCertificate serving = pki.servingCertificate(List.of("localhost"), List.of("127.0.0.1"));
            ClusterPki.IssuedCertificate admin = pki.clientCertificate("admin", "kubernetes-admin", List.of("system:masters"));
            EmbeddedStore store = EmbeddedStore.inMemory();
            ApiServer server = ApiServer.start(new ApiServerConfig("127.0.0.1", 0, pki.tlsMaterial(serving), store,
                    ApiServerConfig.DEFAULT_SERVICE_CIDR, Clock.systemUTC()));
            Config config = new ConfigBuilder().withMasterUrl(server.url().toString()).withNamespace("default")
                    .withCaCertData(base64(ClusterPki.Pem.encode(pki.caCertificate())))
                    .withClientCertData(base64(admin.certificatePem()))
                    .withClientKeyData(base64(admin.keyPem()))
                    .withRequestRetryBackoffLimit(0)
                    .build();
            KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2)
                    .sslContext(sslContext(pki, admin)).build();
            return new TestApiServer(store, server, client, http, dir);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static javax.net.ssl.SSLContext sslContext(ClusterPki pki, ClusterPki.IssuedCertificate client) throws Exception {
        char[] password = "test".toCharArray();
        java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("client", client.key(), password,
                new java.security.cert.Certificate[] {client.certificate(), pki.caCertificate()});
        java.security.KeyStore trust = java.security.KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", pki.caCertificate());
        javax.net.ssl.KeyManagerFactory kmf = javax.net.ssl.KeyManagerFactory.getInstance(
                javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance(
                javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        javax.net.ssl.SSLContext ctx = javax.net.ssl.SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return ctx;
    }

    private static String base64(String pem) {
        return Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.UTF_8));
    }

    public ApiServer server() {
        return server;
    }

    public KubernetesClient client() {
        return client;
    }

    public URI url() {
        return server.url();
    }

    public HttpClient http() {
        return http;
    }

    /** A raw request; {@code headers} are name, value pairs. */
    public HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url().resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates a namespace unless it exists (default may come from the server's bootstrap). */
    public void ensureNamespace(String name) {
        if (client.namespaces().withName(name).get() == null) {
            client.namespaces().resource(new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                    .withNewMetadata().withName(name).endMetadata().build()).create();
        }
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    @Override
    public void close() {
        client.close();
        server.close();
        store.close();
        if (pkiDir != null) {
            try (Stream<Path> files = Files.walk(pkiDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
