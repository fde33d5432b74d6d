package io.j8s.bench;

import io.j8s.apiserver.ApiServer;
import io.j8s.apiserver.ApiServerConfig;
import io.j8s.apiserver.pki.ClusterPki;
import io.j8s.storage.Store;
import io.j8s.storage.embedded.EmbeddedStore;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Creates/s through the whole API server: an in-process server on the durable embedded store,
 * served over HTTPS, and {@code clients} concurrent callers POSTing ConfigMaps over HTTP/2 with the
 * admin client certificate, as kubectl and client-go would.
 */
public final class ApiBenchmark {

    private ApiBenchmark() {}

    public static void run(int creates, int clients, PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("j8s-bench-api");
        ClusterPki pki = ClusterPki.loadOrCreate(dir.resolve("pki"));
        ClusterPki.IssuedCertificate serving = pki.servingCertificate(List.of("localhost"), List.of("127.0.0.1"));
        ClusterPki.IssuedCertificate admin = pki.clientCertificate("admin", "kubernetes-admin", List.of("system:masters"));
        try (Store store = EmbeddedStore.open(dir.resolve("store"));
             ApiServer server = ApiServer.start(new ApiServerConfig("127.0.0.1", 0, pki.tlsMaterial(serving), store,
                     ApiServerConfig.DEFAULT_SERVICE_CIDR, Clock.systemUTC()))) {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_2)
                    .sslContext(sslContext(pki, admin))
                    .executor(Executors.newVirtualThreadPerTaskExecutor())
                    .build();
            URI uri = URI.create("https://127.0.0.1:" + server.port() + "/api/v1/namespaces/default/configmaps");
            // warm up the JIT and the connection before measuring
            drive(http, uri, Math.min(2000, creates / 5), clients, "warm");
            long start = System.nanoTime();
            Latencies latencies = drive(http, uri, creates, clients, "cm");
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("API creates: %d ConfigMaps, %d clients over HTTPS/HTTP2, durable embedded store%n", creates, clients);
            out.printf("  %.0f creates/s, %s%n", creates / seconds, latencies.summary());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Latencies drive(HttpClient http, URI uri, int creates, int clients, String prefix) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<Latencies>> workers = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    Latencies mine = new Latencies();
                    int i;
                    while ((i = next.getAndIncrement()) < creates) {
                        String body = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + prefix + "-" + i
                                + "\",\"labels\":{\"app\":\"bench\"}},\"data\":{\"key\":\"value-" + i + "\"}}";
                        HttpRequest req = HttpRequest.newBuilder(uri)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build();
                        long t0 = System.nanoTime();
                        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
                        mine.add(System.nanoTime() - t0);
                        if (resp.statusCode() != 201) {
                            throw new IllegalStateException("create answered " + resp.statusCode() + ": " + resp.body());
                        }
                    }
                    return mine;
                }));
            }
            Latencies all = new Latencies();
            for (Future<Latencies> w : workers) {
                all.addAll(w.get());
            }
            return all;
        }
    }

    private static SSLContext sslContext(ClusterPki pki, ClusterPki.IssuedCertificate client) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", pki.caCertificate());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        char[] pw = "bench".toCharArray();
        keys.setKeyEntry("client", client.key(), pw, new java.security.cert.Certificate[] {client.certificate(), pki.caCertificate()});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, pw);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return ctx;
    }
}
