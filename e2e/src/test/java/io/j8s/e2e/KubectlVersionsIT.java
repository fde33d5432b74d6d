package io.j8s.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The everyday commands with each kubectl from 1.30 to 1.33: 1.30 and 1.31 send JSON, 1.32 and 1.33
 * send protobuf bodies for {@code create <generator>} and {@code auth can-i}.
 */
class KubectlVersionsIT {

    private static final Path SDK = Path.of("/usr/lib/google-cloud-sdk/bin");
    private static J8sServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = J8sServer.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** The versioned kubectls beside the dispatcher; the machine's kubectl alone where there are none. */
    static Stream<String> kubectls() {
        List<String> versions = Stream.of("1.30", "1.31", "1.32", "1.33")
                .map(v -> SDK.resolve("kubectl." + v))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .toList();
        return versions.isEmpty() ? Stream.of("/usr/bin/kubectl") : versions.stream();
    }

    @ParameterizedTest
    @MethodSource("kubectls")
    void everydayCommandsWork(String binary) throws Exception {
        Kubectl kubectl = new Kubectl(server.kubeconfig(), binary);
        String ns = "v" + Path.of(binary).getFileName().toString().replaceAll("[^0-9]", "");
        kubectl.run("create", "namespace", ns).ok();
        kubectl.run("-n", ns, "create", "deployment", "web", "--image=busybox:1.36", "--replicas=2").ok();
        kubectl.run("-n", ns, "create", "configmap", "cfg", "--from-literal=k=v").ok();
        kubectl.run("-n", ns, "scale", "deployment", "web", "--replicas=3").ok();
        kubectl.run("-n", ns, "set", "image", "deployment/web", "busybox=busybox:1.37").ok();
        kubectl.run("-n", ns, "label", "deployment", "web", "tier=front").ok();
        kubectl.run("-n", ns, "patch", "configmap", "cfg", "--type=merge", "-p", "{\"data\":{\"k\":\"w\"}}").ok();
        assertThat(kubectl.run("-n", ns, "get", "deployment", "web", "-o",
                "jsonpath={.spec.replicas} {.spec.template.spec.containers[0].image} {.metadata.labels.tier}").ok().out())
                .isEqualTo("3 busybox:1.37 front");
        assertThat(kubectl.run("-n", ns, "get", "cm", "cfg", "-o", "jsonpath={.data.k}").ok().out()).isEqualTo("w");
        assertThat(kubectl.run("-n", ns, "get", "deploy", "-o", "wide").ok().out()).contains("UP-TO-DATE", "busybox:1.37");
        assertThat(kubectl.run("auth", "can-i", "delete", "pods").ok().out().trim()).isEqualTo("yes");
        assertThat(kubectl.run("-n", ns, "delete", "configmap", "cfg").ok().out()).contains("deleted");
    }
}
