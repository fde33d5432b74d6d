package io.j8s.testing;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.j8s.apiserver.ApiServer;
import io.j8s.apiserver.ApiServerConfig;
import io.j8s.storage.embedded.EmbeddedStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.net.ssl.HttpsURLConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running control plane: an in-memory store, an API server on a free loopback port and a fabric8 client
 * for it. {@link #start()} returns once {@code /readyz} answers 200; {@link #close()} stops all three and may be
 * called more than once. Thread-safe for reading; closed by its owner only.
 */
public final class J8sControlPlane implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(J8sControlPlane.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedStore store;
    private final ApiServer server;
    private final KubernetesClient client;
    private final Duration readyIn;
    private final Path pkiDir;
    private boolean closed;

    private J8sControlPlane(EmbeddedStore store, ApiServer server, KubernetesClient client, Duration readyIn,
            Path pkiDir) {
        this.pkiDir = pkiDir;
        this.store = store;
        this.server = server;
        this.client = client;
        this.readyIn = readyIn;
    }

    /** Starts a control plane over plain HTTP and waits until it is ready; fails if not ready within 30 s. */
    public static J8sControlPlane start() {
        return start(false);
    }

    /**
     * Starts a control plane and waits until it is ready; with {@code https} the server uses a CA generated in a
     * temporary directory (deleted on close) and the client authenticates as {@code kubernetes-admin}.
     */
    public static J8sControlPlane start(boolean https) {
        long started = System.nanoTime();
        Path pkiDir = https ? temporaryDirectory() : null;
        AdminCredentials credentials = https ? AdminCredentials.generate(pkiDir) : null;
        EmbeddedStore store = EmbeddedStore.inMemory();
        ApiServer server;
        try {
            server = ApiServer.start(new ApiServerConfig("127.0.0.1", 0, https ? credentials.serving() : null, store,
                    ApiServerConfig.DEFAULT_SERVICE_CIDR, Clock.systemUTC()));
        } catch (RuntimeException e) {
            store.close();
            deleteRecursively(pkiDir);
            throw e;
        }
        KubernetesClient client = null;
        try {
            awaitReady(server.url(), credentials, started);
            Duration readyIn = Duration.ofNanos(System.nanoTime() - started);
            ConfigBuilder config = new ConfigBuilder().withMasterUrl(server.url().toString()).withNamespace("default")
                    .withRequestRetryBackoffLimit(0);
            client = new KubernetesClientBuilder()
                    .withConfig((https ? credentials.applyTo(config) : config).build()).build();
            log.info("j8s control plane ready in {} ms at {}", readyIn.toMillis(), server.url());
            return new J8sControlPlane(store, server, client, readyIn, pkiDir);
        } catch (RuntimeException e) {
            if (client != null) {
                client.close();
            }
            server.close();
            store.close();
            deleteRecursively(pkiDir);
            throw e;
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("j8s-testing-pki");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete {}: {}", dir, e.getMessage());
        }
    }

    /**
     * Polls {@code /readyz} with {@link HttpURLConnection} rather than the JDK {@code HttpClient}: the latter
     * initialises TLS on first use even for plain HTTP, which would add a few hundred milliseconds to what is
     * measured here as the control plane's start.
     */
    private static void awaitReady(URI url, AdminCredentials credentials, long started) {
        long deadline = started + READY_TIMEOUT.toNanos();
        while (true) {
            try {
                HttpURLConnection readyz = (HttpURLConnection) url.resolve("/readyz").toURL().openConnection();
                if (readyz instanceof HttpsURLConnection tls) {
                    tls.setSSLSocketFactory(credentials.sslContext().getSocketFactory());
                }
                readyz.setConnectTimeout(5_000);
                readyz.setReadTimeout(5_000);
                int status = readyz.getResponseCode();
                readyz.disconnect();
                if (status == 200) {
                    return;
                }
            } catch (IOException e) {
                log.debug("readyz not answering yet: {}", e.getMessage());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("j8s control plane at " + url + " not ready within " + READY_TIMEOUT);
            }
            try {
                Thread.sleep(10); // polling a condition nothing notifies us of
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + url + " to be ready", e);
            }
        }
    }

    /** The client of this control plane, namespace {@code default}, no request retries; closed with it. */
    public KubernetesClient client() {
        return client;
    }

    /** The base URL of the API server, for example {@code http://127.0.0.1:41234}. */
    public URI url() {
        return server.url();
    }

    /** The time from the start of {@link #start()} to the first successful {@code GET /readyz}. */
    public Duration readyIn() {
        return readyIn;
    }

    /** Closes the client, stops the server, closes the store and deletes any generated CA; later calls do nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            client.close();
        } finally {
            try {
                server.close();
            } finally {
                try {
                    store.close();
                } finally {
                    deleteRecursively(pkiDir);
                }
            }
        }
    }
}
