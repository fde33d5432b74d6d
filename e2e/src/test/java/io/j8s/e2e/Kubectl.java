package io.j8s.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the machine's real {@code kubectl} against a server, with a private discovery cache. */
final class Kubectl {

    private final Path kubeconfig;
    private final Path cacheDir;
    private final String binary;

    /** The machine's kubectl (a dispatcher that picks the kubectl matching the server's minor version). */
    Kubectl(Path kubeconfig) throws IOException {
        this(kubeconfig, defaultBinary());
    }

    /** A particular kubectl binary, such as {@code /usr/lib/google-cloud-sdk/bin/kubectl.1.30}. */
    Kubectl(Path kubeconfig, String binary) throws IOException {
        this.kubeconfig = kubeconfig;
        this.cacheDir = Files.createTempDirectory("j8s-kubectl-cache");
        this.binary = binary;
    }

    /** What one kubectl invocation printed, and how it exited. */
    record Result(int exitCode, String out, String err) {
        Result ok() {
            if (exitCode != 0) {
                throw new AssertionError("kubectl failed (" + exitCode + "): " + err + "\n" + out);
            }
            return this;
        }
    }

    Result run(String... args) throws IOException, InterruptedException {
        return runWithInput(null, args);
    }

    /** Runs kubectl with {@code stdin} (or nothing) on its standard input; 60 s at most. */
    Result runWithInput(String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(binary, "--kubeconfig", kubeconfig.toString(),
                "--cache-dir", cacheDir.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("kubectl", ".out");
        Path err = Files.createTempFile("kubectl", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().remove("KUBECONFIG");
            Process p = pb.start();
            if (stdin != null) {
                p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("kubectl " + String.join(" ", args) + " did not finish in 60 s: "
                        + Files.readString(err));
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Starts kubectl without waiting, for {@code get -w}; the caller stops it. */
    Process start(Path output, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(binary, "--kubeconfig", kubeconfig.toString(),
                "--cache-dir", cacheDir.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    private static String defaultBinary() {
        return Files.isExecutable(Path.of("/usr/bin/kubectl")) ? "/usr/bin/kubectl" : "kubectl";
    }
}
