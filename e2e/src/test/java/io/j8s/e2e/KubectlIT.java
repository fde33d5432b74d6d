package io.j8s.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The kubectl scenarios of KUBECTL-WIRE.md, with the machine's kubectl against a real j8s server. */
class KubectlIT {

    private static J8sServer server;
    private static Kubectl kubectl;
    private String ns;

    @BeforeAll
    static void startServer() throws Exception {
        server = J8sServer.start();
        kubectl = new Kubectl(server.kubeconfig());
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void namespace(TestInfo test) throws Exception {
        ns = "t-" + test.getTestMethod().orElseThrow().getName().toLowerCase().replaceAll("[^a-z0-9]", "").substring(0, 12)
                + "-" + Long.toString(System.nanoTime() % 100000);
        kubectl.run("create", "namespace", ns).ok();
    }

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: {app: web}
            spec:
              replicas: 2
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                  - name: web
                    image: busybox:1.36
                    command: ["busybox", "httpd", "-f", "-p", "8080"]
                    ports:
                    - containerPort: 8080
            """;

    @Test
    void apiResourcesListsTheBuiltinResources() throws Exception {
        String out = kubectl.run("api-resources").ok().out();
        assertThat(out).contains("pods", "po", "deployments", "deploy", "apps/v1", "namespaces", "leases",
                "coordination.k8s.io/v1", "horizontalpodautoscalers", "autoscaling/v2");
    }

    @Test
    void versionReportsAKubernetes133Server() throws Exception {
        assertThat(kubectl.run("version").ok().out()).contains("Server Version: v1.33");
    }

    @Test
    void createsADeploymentWithAGenerator() throws Exception {
        kubectl.run("-n", ns, "create", "deployment", "gen", "--image=busybox:1.36", "--replicas=2").ok();
        String image = kubectl.run("-n", ns, "get", "deployment", "gen", "-o",
                "jsonpath={.spec.template.spec.containers[0].image} {.spec.replicas} {.spec.strategy.type}").ok().out();
        assertThat(image).isEqualTo("busybox:1.36 2 RollingUpdate");
    }

    @Test
    void createsConfigMapsAndSecretsWithGenerators() throws Exception {
        kubectl.run("-n", ns, "create", "configmap", "cfg", "--from-literal=a=1", "--from-literal=b=2").ok();
        kubectl.run("-n", ns, "create", "secret", "generic", "s", "--from-literal=password=hunter2").ok();
        assertThat(kubectl.run("-n", ns, "get", "configmap", "cfg", "-o", "jsonpath={.data.a}{.data.b}").ok().out())
                .isEqualTo("12");
        assertThat(kubectl.run("-n", ns, "get", "secret", "s", "-o", "jsonpath={.data.password}").ok().out())
                .isEqualTo("aHVudGVyMg==");
    }

    @Test
    void appliesAManifestThenReappliesItUnchanged() throws Exception {
        assertThat(kubectl.runWithInput(DEPLOYMENT, "-n", ns, "apply", "-f", "-").ok().out()).contains("deployment.apps/web created");
        assertThat(kubectl.runWithInput(DEPLOYMENT, "-n", ns, "apply", "-f", "-").ok().out()).contains("deployment.apps/web unchanged");
        String changed = DEPLOYMENT.replace("replicas: 2", "replicas: 4");
        assertThat(kubectl.runWithInput(changed, "-n", ns, "apply", "-f", "-").ok().out()).contains("deployment.apps/web configured");
        assertThat(kubectl.run("-n", ns, "get", "deploy", "web", "-o", "jsonpath={.spec.replicas}").ok().out()).isEqualTo("4");
    }

    @Test
    void replacesAnObject() throws Exception {
        kubectl.run("-n", ns, "create", "configmap", "cfg", "--from-literal=a=1").ok();
        String yaml = kubectl.run("-n", ns, "get", "configmap", "cfg", "-o", "yaml").ok().out();
        kubectl.runWithInput(yaml.replace("a: \"1\"", "a: \"2\""), "replace", "-f", "-").ok();
        assertThat(kubectl.run("-n", ns, "get", "cm", "cfg", "-o", "jsonpath={.data.a}").ok().out()).isEqualTo("2");
    }

    @Test
    void patchesWithAllThreePatchTypes() throws Exception {
        kubectl.runWithInput(DEPLOYMENT, "-n", ns, "apply", "-f", "-").ok();
        kubectl.run("-n", ns, "patch", "deployment", "web", "--type=strategic", "-p",
                "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"busybox:1.37\"}]}}}}").ok();
        kubectl.run("-n", ns, "patch", "deployment", "web", "--type=merge", "-p", "{\"metadata\":{\"labels\":{\"tier\":\"front\"}}}").ok();
        kubectl.run("-n", ns, "patch", "deployment", "web", "--type=json", "-p",
                "[{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":3}]").ok();
        String out = kubectl.run("-n", ns, "get", "deploy", "web", "-o",
                "jsonpath={.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].command[1]} {.metadata.labels.tier} {.spec.replicas}").ok().out();
        assertThat(out).isEqualTo("busybox:1.37 httpd front 3");
    }

    @Test
    void scalesADeployment() throws Exception {
        kubectl.runWithInput(DEPLOYMENT, "-n", ns, "apply", "-f", "-").ok();
        assertThat(kubectl.run("-n", ns, "scale", "deployment", "web", "--replicas=5").ok().out()).contains("scaled");
        assertThat(kubectl.run("-n", ns, "get", "deploy", "web", "-o", "jsonpath={.spec.replicas}").ok().out()).isEqualTo("5");
    }

    @Test
    void setsImageAndEnvironment() throws Exception {
        kubectl.runWithInput(DEPLOYMENT, "-n", ns, "apply", "-f", "-").ok();
        kubectl.run("-n", ns, "set", "image", "deployment/web", "web=busybox:1.37").ok();
        kubectl.run("-n", ns, "set", "env", "deployment/web", "GREETING=hello").ok();
        String out = kubectl.run("-n", ns, "get", "deploy", "web", "-o",
                "jsonpath={.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].env[0].name}={.spec.template.spec.containers[0].env[0].value}").ok().out();
        assertThat(out).isEqualTo("busybox:1.37 GREETING=hello");
        kubectl.run("-n", ns, "set", "env", "deployment/web", "GREETING-").ok();
        assertThat(kubectl.run("-n", ns, "get", "deploy", "web", "-o", "jsonpath={.spec.template.spec.containers[0].env}").ok().out()).isEmpty();
    }

    @Test
    void labelsAndAnnotatesAndSelectsByLabel() throws Exception {
        kubectl.run("-n", ns, "create", "configmap", "one").ok();
        kubectl.run("-n", ns, "create", "configmap", "two").ok();
        kubectl.run("-n", ns, "label", "configmap", "one", "tier=front").ok();
        kubectl.run("-n", ns, "annotate", "configmap", "one", "owner=team-a").ok();
        assertThat(kubectl.run("-n", ns, "get", "cm", "-l", "tier=front", "-o", "name").ok().out().trim()).isEqualTo("configmap/one");
        assertThat(kubectl.run("-n", ns, "get", "cm", "-l", "tier notin (front)", "-o", "name").ok().out()).contains("configmap/two").doesNotContain("configmap/one");
        assertThat(kubectl.run("-n", ns, "get", "cm", "one", "-o", "jsonpath={.metadata.annotations.owner}").ok().out()).isEqualTo("team-a");
        kubectl.run("-n", ns, "label", "configmap", "one", "tier-").ok();
        assertThat(kubectl.run("-n", ns, "get", "cm", "-l", "tier=front", "-o", "name").ok().out()).isBlank();
    }

    @Test
    void deletesAnObjectAndReportsItGone() throws Exception {
        kubectl.run("-n", ns, "create", "configmap", "doomed").ok();
        assertThat(kubectl.run("-n", ns, "delete", "configmap", "doomed").ok().out()).contains("configmap \"doomed\" deleted");
        Kubectl.Result gone = kubectl.run("-n", ns, "get", "configmap", "doomed");
        assertThat(gone.exitCode()).isNotZero();
        assertThat(gone.err()).contains("configmaps \"doomed\" not found");
    }

    @Test
    void watchesChangesWithGetW() throws Exception {
        Path out = Files.createTempFile("watch", ".out");
        Process watch = kubectl.start(out, "-n", ns, "get", "configmaps", "-w");
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> watch.isAlive() && Files.size(out) >= 0);
            kubectl.run("-n", ns, "create", "configmap", "watched-1").ok();
            kubectl.run("-n", ns, "create", "configmap", "watched-2").ok();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(Files.readString(out)).contains("watched-1", "watched-2"));
        } finally {
            watch.destroyForcibly();
            Files.deleteIfExists(out);
        }
    }

    @Test
    void pagesThroughLargeListsWithChunkSize() throws Exception {
        for (int i = 0; i < 7; i++) {
            kubectl.run("-n", ns, "create", "configmap", "page-" + i).ok();
        }
        String out = kubectl.run("-n", ns, "get", "configmaps", "--chunk-size=2", "-o", "name").ok().out();
        for (int i = 0; i < 7; i++) {
            assertThat(out).contains("configmap/page-" + i);
        }
    }

    @Test
    void printsJsonYamlJsonpathAndWideTables() throws Exception {
        kubectl.runWithInput(DEPLOYMENT, "-n", ns, "apply", "-f", "-").ok();
        assertThat(kubectl.run("-n", ns, "get", "deploy", "web", "-o", "json").ok().out()).contains("\"kind\": \"Deployment\"");
        assertThat(kubectl.run("-n", ns, "get", "deploy", "web", "-o", "yaml").ok().out()).contains("kind: Deployment", "resourceVersion:");
        String table = kubectl.run("-n", ns, "get", "deploy", "-o", "wide").ok().out();
        assertThat(table.lines().findFirst().orElseThrow()).contains("NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE", "CONTAINERS", "IMAGES", "SELECTOR");
        assertThat(table).contains("busybox:1.36", "app=web");
    }

    @Test
    void showsPodsWithKubernetesColumns() throws Exception {
        kubectl.run("-n", ns, "run", "solo", "--image=busybox:1.36", "--restart=Never", "--command", "--", "sleep", "3600").ok();
        String table = kubectl.run("-n", ns, "get", "pods").ok().out();
        assertThat(table.lines().findFirst().orElseThrow()).contains("NAME", "READY", "STATUS", "RESTARTS", "AGE");
        assertThat(table).contains("solo", "0/1", "Pending");
    }

    @Test
    void describesAndExplains() throws Exception {
        kubectl.runWithInput(DEPLOYMENT, "-n", ns, "apply", "-f", "-").ok();
        assertThat(kubectl.run("-n", ns, "describe", "deployment", "web").ok().out()).contains("Name:", "web", "Replicas:", "busybox:1.36");
        assertThat(kubectl.run("explain", "deployment.spec.replicas").ok().out()).contains("replicas", "integer");
    }

    @Test
    void answersAuthCanI() throws Exception {
        assertThat(kubectl.run("auth", "can-i", "create", "deployments").ok().out().trim()).isEqualTo("yes");
    }

    @Test
    void rejectsAnInvalidObjectWithTheFieldAtFault() throws Exception {
        String invalid = DEPLOYMENT.replace("matchLabels: {app: web}", "matchLabels: {app: other}");
        Kubectl.Result r = kubectl.runWithInput(invalid, "-n", ns, "apply", "-f", "-");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("is invalid", "selector");
    }
}
