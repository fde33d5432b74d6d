package io.j8s.controllers.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.j8s.controllers.base.TestCluster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** The rollout commands of a real kubectl against the controllers: status, set image, undo, restart, pause. */
@EnabledIf("kubectlPresent")
class KubectlRolloutIT {

    static TestCluster cluster;

    static boolean kubectlPresent() {
        return Files.isExecutable(Path.of("/usr/bin/kubectl"));
    }

    @BeforeAll
    static void start() {
        cluster = new TestCluster();
        cluster.startControllerManager(Set.of("replicaset", "deployment"));
        cluster.startKubelet();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    record Result(int exit, String output) {
    }

    static Result kubectl(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/kubectl", "--kubeconfig=/dev/null",
                "--server=" + cluster.server().url(), "-n", "default"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    static Deployment web() {
        return new DeploymentBuilder()
                .withNewMetadata().withName("web").withNamespace("default").endMetadata()
                .withNewSpec().withReplicas(3)
                .withNewSelector().withMatchLabels(Map.of("app", "web")).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(Map.of("app", "web")).endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("app:a").endContainer().endSpec()
                .endTemplate().endSpec().build();
    }

    static String image() {
        return cluster.client().apps().deployments().withName("web").get().getSpec().getTemplate().getSpec()
                .getContainers().get(0).getImage();
    }

    static String revision() {
        return cluster.client().apps().deployments().withName("web").get().getMetadata().getAnnotations()
                .get(RevisionAnnotations.REVISION);
    }

    @Test
    void rolloutStatusSetImageUndoAndRestartBehaveAsOnKubernetes() throws Exception {
        cluster.client().apps().deployments().resource(web()).create();
        Result status = kubectl("rollout", "status", "deployment/web", "--timeout=60s");
        assertThat(status.output()).contains("successfully rolled out");
        assertThat(status.exit()).isZero();

        assertThat(kubectl("set", "image", "deployment/web", "c=app:b").exit()).isZero();
        assertThat(kubectl("rollout", "status", "deployment/web", "--timeout=60s").exit()).isZero();
        assertThat(revision()).isEqualTo("2");

        Result undo = kubectl("rollout", "undo", "deployment/web");
        assertThat(undo.exit()).as(undo.output()).isZero();
        assertThat(kubectl("rollout", "status", "deployment/web", "--timeout=60s").exit()).isZero();
        assertThat(image()).isEqualTo("app:a");
        await().atMost(Duration.ofSeconds(20)).until(() -> "3".equals(revision()));
        assertThat(cluster.client().apps().replicaSets().withLabel("app", "web").list().getItems())
                .as("undo reuses the revision-1 ReplicaSet").hasSize(2);
        Result history = kubectl("rollout", "history", "deployment/web");
        assertThat(history.output()).contains("2").contains("3");

        assertThat(kubectl("rollout", "restart", "deployment/web").exit()).isZero();
        assertThat(kubectl("rollout", "status", "deployment/web", "--timeout=60s").exit()).isZero();
        assertThat(revision()).isEqualTo("4");
        assertThat(cluster.client().apps().replicaSets().withLabel("app", "web").list().getItems()).hasSize(3);

        assertThat(kubectl("rollout", "pause", "deployment/web").exit()).isZero();
        assertThat(kubectl("set", "image", "deployment/web", "c=app:c").exit()).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Deployment d = cluster.client().apps().deployments().withName("web").get();
            return d.getMetadata().getGeneration().equals(d.getStatus().getObservedGeneration());
        });
        assertThat(cluster.client().apps().replicaSets().withLabel("app", "web").list().getItems()).hasSize(3);
        assertThat(kubectl("rollout", "resume", "deployment/web").exit()).isZero();
        assertThat(kubectl("rollout", "status", "deployment/web", "--timeout=60s").exit()).isZero();
        assertThat(revision()).isEqualTo("5");
    }
}
