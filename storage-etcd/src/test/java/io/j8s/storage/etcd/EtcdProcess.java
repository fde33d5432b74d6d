package io.j8s.storage.etcd;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A real etcd server (Debian's {@code etcd-server}, installed by bin/setup) on loopback ports with a
 * throw-away data dir, started and stopped by a test.
 */
final class EtcdProcess implements AutoCloseable {

    private final Process process;
    private final Path dataDir;
    private final String endpoint;

    private EtcdProcess(Process process, Path dataDir, String endpoint) {
        this.process = process;
        this.dataDir = dataDir;
        this.endpoint = endpoint;
    }

    static EtcdProcess start() throws IOException, InterruptedException {
        Path binary = Path.of("/usr/bin/etcd");
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("etcd is not installed: run bin/setup (apt-get install etcd-server)");
        }
        Path dir = Files.createTempDirectory("j8s-etcd");
        int client = freePort();
        int peer = freePort();
        String endpoint = "http://127.0.0.1:" + client;
        Process p = new ProcessBuilder(binary.toString(),
                "--name", "j8s-test",
                "--data-dir", dir.resolve("data").toString(),
                "--listen-client-urls", endpoint,
                "--advertise-client-urls", endpoint,
                "--listen-peer-urls", "http://127.0.0.1:" + peer,
                "--initial-advertise-peer-urls", "http://127.0.0.1:" + peer,
                "--initial-cluster", "j8s-test=http://127.0.0.1:" + peer,
                "--log-level", "error")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("etcd.log").toFile())
                .start();
        EtcdProcess etcd = new EtcdProcess(p, dir, endpoint);
        etcd.awaitReady();
        return etcd;
    }

    String endpoint() {
        return endpoint;
    }

    List<String> endpoints() {
        return List.of(endpoint);
    }

    private void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        var http = java.net.http.HttpClient.newHttpClient();
        var health = java.net.http.HttpRequest.newBuilder(java.net.URI.create(endpoint + "/health")).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("etcd exited: " + Files.readString(dataDir.resolve("etcd.log")));
            }
            try {
                if (http.send(health, java.net.http.HttpResponse.BodyHandlers.ofString()).body().contains("true")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(50); // polling a child process's readiness; nothing to wait on instead
        }
        throw new IllegalStateException("etcd did not become healthy in 30 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        try (var files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
