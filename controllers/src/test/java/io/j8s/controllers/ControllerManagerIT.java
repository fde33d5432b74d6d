package io.j8s.controllers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.j8s.controllers.base.TestCluster;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ControllerManagerIT {

    @Test
    void onlyTheLeaderRunsLoopsAndAnotherTakesOverWhenItLeaves() throws Exception {
        try (TestCluster cluster = new TestCluster()) {
            ControllerManager first = cluster.startControllerManager(Set.of("replicaset"));
            await().atMost(Duration.ofSeconds(20)).until(first::isLeading);
            ControllerManager second = cluster.startControllerManager(Set.of("replicaset"));

            var lease = cluster.client().leases().inNamespace("kube-system").withName("kube-controller-manager").get();
            assertThat(lease.getSpec().getHolderIdentity()).isEqualTo(first.identity());
            assertThat(second.isLeading()).isFalse();

            first.close();
            await().atMost(Duration.ofSeconds(30)).until(second::isLeading);
            assertThat(cluster.client().leases().inNamespace("kube-system").withName("kube-controller-manager").get()
                    .getSpec().getHolderIdentity()).isEqualTo(second.identity());

            // The new leader's loops work.
            cluster.client().apps().replicaSets().resource(new ReplicaSetBuilder()
                    .withNewMetadata().withName("ha").withNamespace("default").endMetadata()
                    .withNewSpec().withReplicas(2).withNewSelector().withMatchLabels(Map.of("app", "ha")).endSelector()
                    .withNewTemplate().withNewMetadata().withLabels(Map.of("app", "ha")).endMetadata()
                    .withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec()
                    .endTemplate().endSpec().build()).create();
            await().atMost(Duration.ofSeconds(20)).until(() -> cluster.activePods("default", "app", "ha").size() == 2);
        }
    }

    @Test
    void everyKnownControllerHasAKubeControllerManagerName() {
        assertThat(ControllerManager.knownControllers()).contains("replicaset", "replicationcontroller", "deployment");
    }
}
