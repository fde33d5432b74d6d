package io.j8s.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Acknowledged writes survive kill -9, and SIGTERM shuts the server down cleanly. */
class DurabilityIT {

    private static KubernetesClient client(J8sServer server) throws Exception {
        Config config = Config.fromKubeconfig(Files.readString(server.kubeconfig()));
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    @Test
    void acknowledgedWritesSurviveKillDashNine() throws Exception {
        try (J8sServer server = J8sServer.start()) {
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            try (KubernetesClient k = client(server); var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> writes = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    String name = "durable-" + i;
                    writes.add(pool.submit(() -> {
                        k.configMaps().inNamespace("default").resource(new ConfigMapBuilder()
                                .withNewMetadata().withName(name).endMetadata()
                                .addToData("n", name).build()).create();
                        acknowledged.add(name);
                        return null;
                    }));
                }
                for (Future<?> w : writes) {
                    w.get();
                }
            }
            server.kill();
            server.restart();
            try (KubernetesClient k = client(server)) {
                Set<String> present = new java.util.HashSet<>();
                k.configMaps().inNamespace("default").list().getItems().forEach(cm -> present.add(cm.getMetadata().getName()));
                assertThat(present).containsAll(acknowledged);
                assertThat(acknowledged).hasSize(300);
            }
        }
    }

    @Test
    void sigtermShutsDownCleanlyAndStateIsKept() throws Exception {
        try (J8sServer server = J8sServer.start()) {
            try (KubernetesClient k = client(server)) {
                k.configMaps().inNamespace("default").resource(new ConfigMapBuilder()
                        .withNewMetadata().withName("before-stop").endMetadata().build()).create();
            }
            int exit = server.stop();
            assertThat(exit).isIn(0, 143);
            assertThat(server.log()).contains("shutting down");
            server.restart();
            try (KubernetesClient k = client(server)) {
                assertThat(k.configMaps().inNamespace("default").withName("before-stop").get()).isNotNull();
                assertThat(k.namespaces().withName("kube-system").get()).isNotNull();
            }
        }
    }
}
