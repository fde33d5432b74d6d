package io.j8s.apiserver;

import io.j8s.apiserver.http.ApiHandler;
import io.j8s.apiserver.http.HttpServing;
import io.j8s.apiserver.pki.TlsMaterial;
import io.j8s.apiserver.registry.Registries;
import io.j8s.apiserver.bootstrap.Bootstrap;
import io.j8s.apiserver.bootstrap.BootstrapConfig;
import io.j8s.apiserver.registry.generic.StoreRegistries;
import java.net.URI;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http2.HTTP2Cipher;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Kubernetes API server: HTTPS (HTTP/1.1 and HTTP/2 by ALPN, client certificates asked
 * for but optional) or, for tests, plain HTTP/1.1, serving the built-in resources over the
 * configured store. Requests run on virtual threads. Thread-safe; {@link #close()} is graceful.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);

    /** How long a connection may sit idle; watches ignore it (see the HTTP layer). */
    private static final long IDLE_TIMEOUT_MILLIS = 120_000;
    /** How long {@link #close()} waits for requests in flight. */
    private static final long STOP_TIMEOUT_MILLIS = 10_000;
    private static final char[] KEYSTORE_PASSWORD = "j8s".toCharArray();

    private final Server server;
    private final ServerConnector connector;
    private final ApiHandler handler;
    private final StoreRegistries registries;
    private final AtomicBoolean shuttingDown;
    private final URI url;

    private ApiServer(Server server, ServerConnector connector, ApiHandler handler, StoreRegistries registries,
                      AtomicBoolean shuttingDown, URI url) {
        this.server = server;
        this.connector = connector;
        this.handler = handler;
        this.registries = registries;
        this.shuttingDown = shuttingDown;
        this.url = url;
    }

    /** Starts serving; the server listens once this returns. Failures to bind are unchecked. */
    public static ApiServer start(ApiServerConfig config) {
        StoreRegistries registries = new StoreRegistries(config.store(), config.clock(),
                StoreRegistries.Options.defaults().withServiceClusterIpRange(config.serviceClusterIpRange()));
        AtomicBoolean shuttingDown = new AtomicBoolean();
        ApiHandler handler = HttpServing.handler(registries, config.store(), config.clock(), shuttingDown::get);

        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("j8s-apiserver");
        threads.setVirtualThreadsExecutor(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("j8s-api-", 0).factory()));
        Server server = new Server(threads);
        server.setStopTimeout(STOP_TIMEOUT_MILLIS);
        server.setStopAtShutdown(false);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = config.tls() == null
                ? new ServerConnector(server, new HttpConnectionFactory(http))
                : httpsConnector(server, http, config.tls());
        connector.setHost(config.bindAddress());
        connector.setPort(config.port());
        connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        server.addConnector(connector);
        server.setHandler(new GracefulHandler(handler));
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            registries.close();
            throw new IllegalStateException("cannot start the API server on " + config.bindAddress() + ":" + config.port()
                    + ": " + e.getMessage(), e);
        }
        String host = config.bindAddress() == null || config.bindAddress().equals("0.0.0.0")
                || config.bindAddress().equals("::") ? "127.0.0.1" : config.bindAddress();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        URI url = URI.create((config.tls() == null ? "http" : "https") + "://" + host + ":" + connector.getLocalPort());
        // the namespaces and the kubernetes Service every cluster has, before anyone is told we are up
        new Bootstrap(registries, new BootstrapConfig(connector.getLocalPort(), advertiseAddress(config.bindAddress()),
                config.serviceClusterIpRange())).run();
        log.info("API server listening at {}", url);
        return new ApiServer(server, connector, handler, registries, shuttingDown, url);
    }

    /**
     * The address the {@code kubernetes} Service's endpoints point at: the bind address, or for a
     * wildcard bind the host's first non-loopback IPv4 address; none (no endpoints) for loopback only.
     */
    static String advertiseAddress(String bindAddress) {
        try {
            if (bindAddress != null && !bindAddress.equals("0.0.0.0") && !bindAddress.equals("::")) {
                return java.net.InetAddress.getByName(bindAddress).isLoopbackAddress() ? null : bindAddress;
            }
            for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (var address : java.util.Collections.list(nic.getInetAddresses())) {
                    if (address instanceof java.net.Inet4Address && !address.isLinkLocalAddress()) {
                        return address.getHostAddress();
                    }
                }
            }
        } catch (java.io.IOException e) {
            log.debug("no advertise address", e);
        }
        return null;
    }

    private static ServerConnector httpsConnector(Server server, HttpConfiguration http, TlsMaterial tls) {
        http.setSecureScheme("https");
        http.addCustomizer(new SecureRequestCustomizer(false));
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(keyStore(tls));
        ssl.setKeyStorePassword(new String(KEYSTORE_PASSWORD));
        ssl.setTrustStore(trustStore(tls.clientCa()));
        ssl.setWantClientAuth(true);
        ssl.setCipherComparator(HTTP2Cipher.COMPARATOR);
        ssl.setSniRequired(false);
        HttpConnectionFactory h1 = new HttpConnectionFactory(http);
        HTTP2ServerConnectionFactory h2 = new HTTP2ServerConnectionFactory(http);
        ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory();
        alpn.setDefaultProtocol(h1.getProtocol());
        SslConnectionFactory tlsFactory = new SslConnectionFactory(ssl, alpn.getProtocol());
        return new ServerConnector(server, tlsFactory, alpn, h2, h1);
    }

    private static KeyStore keyStore(TlsMaterial tls) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("serving", tls.servingKey(), KEYSTORE_PASSWORD,
                    tls.servingChain().toArray(new Certificate[0]));
            return ks;
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the serving certificate: " + e.getMessage(), e);
        }
    }

    private static KeyStore trustStore(X509Certificate clientCa) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            if (clientCa != null) {
                ks.setCertificateEntry("client-ca", clientCa);
            }
            return ks;
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the client CA: " + e.getMessage(), e);
        }
    }

    /** Where clients reach the server, such as {@code https://127.0.0.1:6443}. */
    public URI url() {
        return url;
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The registries the server serves, for in-process callers such as bootstrap and tests. */
    public Registries registries() {
        return registries;
    }

    /** How many watches are streaming now. */
    public int openWatches() {
        return handler.openWatches();
    }

    /**
     * Stops gracefully: no new connections, open watches ended (their responses complete cleanly),
     * requests in flight given up to ten seconds, then the server stops. The store stays open.
     */
    @Override
    public void close() {
        if (!shuttingDown.compareAndSet(false, true)) {
            return;
        }
        try {
            connector.shutdown();
            handler.closeWatches();
            server.stop();
        } catch (Exception e) {
            log.warn("API server did not stop cleanly: {}", e.getMessage());
        } finally {
            registries.close();
        }
    }
}
