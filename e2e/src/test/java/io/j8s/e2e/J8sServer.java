package io.j8s.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code bin/j8s server} process on a free port with its own data dir, as a user starts it.
 * {@link #kill()} is {@code kill -9}; {@link #stop()} is SIGTERM.
 */
final class J8sServer implements AutoCloseable {

    static final Path ROOT = findRoot();

    private final Path dataDir;
    private final int port;
    private final List<String> extraArgs;
    private Process process;

    private J8sServer(Path dataDir, int port, List<String> extraArgs) {
        this.dataDir = dataDir;
        this.port = port;
        this.extraArgs = extraArgs;
    }

    /** Starts a server in a new temporary data dir and waits until it is ready. */
    static J8sServer start(String... extraArgs) throws IOException, InterruptedException {
        J8sServer s = new J8sServer(Files.createTempDirectory("j8s-e2e"), freePort(), List.of(extraArgs));
        s.launch();
        return s;
    }

    /** Starts the server again on the same data dir and port, after a stop or a kill. */
    void restart() throws IOException, InterruptedException {
        launch();
    }

    private void launch() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ROOT.resolve("bin/j8s").toString(), "server",
                "--data-dir", dataDir.toString(), "--port", Integer.toString(port), "--bind-address", "127.0.0.1",
                "--disable-agent"));
        cmd.addAll(extraArgs);
        process = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.log").toFile()))
                .start();
        awaitReady();
    }

    private void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("j8s server exited with " + process.exitValue() + ":\n" + log());
            }
            if (Files.exists(kubeconfig()) && log().contains("j8s server ready")) {
                return;
            }
            Thread.sleep(100); // a child process's start-up: nothing to wait on but its log
        }
        throw new IllegalStateException("j8s server not ready in 60 s:\n" + log());
    }

    Path kubeconfig() {
        return dataDir.resolve("kubeconfig.yaml");
    }

    Path dataDir() {
        return dataDir;
    }

    int port() {
        return port;
    }

    String log() throws IOException {
        Path f = dataDir.resolve("server.log");
        return Files.exists(f) ? Files.readString(f) : "";
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, and the exit code once the server has shut down. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("j8s server ignored SIGTERM for 30 s");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static Path findRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("bin/j8s"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the j8s checkout (bin/j8s) above " + Path.of("").toAbsolutePath());
        }
        return p;
    }
}
