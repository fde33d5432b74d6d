package io.j8s.controllers.nodelifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.j8s.controllers.base.ControllerContext;
import io.j8s.controllers.base.ControllerLoop;
import io.j8s.controllers.base.EventRecorder;
import io.j8s.controllers.base.SharedInformers;
import io.j8s.controllers.base.TestCluster;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NodeLifecycleIT {

    private TestCluster cluster;
    private KubernetesClient client;
    private SharedInformers informers;
    private EventRecorder events;
    private ControllerLoop loop;

    @BeforeEach
    void start() throws Exception {
        cluster = new TestCluster();
        client = cluster.client();
        if (client.namespaces().withName("kube-node-lease").get() == null) {
            client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("kube-node-lease")
                    .endMetadata().build()).create();
        }
        KubernetesClient cm = cluster.newClient();
        informers = new SharedInformers(cm);
        events = new EventRecorder(cm, Clock.systemUTC(), "controller-manager");
        var controller = new NodeLifecycleController(new ControllerContext(cm, informers, Clock.systemUTC(), events),
                Duration.ofSeconds(2), Duration.ofSeconds(300));
        informers.start();
        informers.waitForCacheSync(Duration.ofSeconds(30));
        loop = new ControllerLoop(controller);
        loop.start();
    }

    @AfterEach
    void stop() {
        loop.close();
        informers.close();
        events.close();
        cluster.close();
    }

    private static String now() {
        return DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    private void readyNodeWithFreshLease(String name) {
        Node created = client.nodes().resource(new NodeBuilder().withNewMetadata().withName(name).endMetadata().build())
                .create();
        postReady(created);
        renewLease(name);
    }

    private void postReady(Node node) {
        Node current = client.nodes().withName(node.getMetadata().getName()).get();
        client.nodes().resource(new NodeBuilder(current).editOrNewStatus().withConditions().addNewCondition()
                .withType("Ready").withStatus("True").withReason("KubeletReady").withLastHeartbeatTime(now())
                .withLastTransitionTime(now()).endCondition().endStatus().build()).updateStatus();
    }

    private void renewLease(String name) {
        var existing = client.leases().inNamespace("kube-node-lease").withName(name).get();
        var renew = Instant.now().atZone(ZoneOffset.UTC);
        if (existing == null) {
            client.leases().inNamespace("kube-node-lease").resource(new LeaseBuilder().withNewMetadata().withName(name)
                    .endMetadata().withNewSpec().withHolderIdentity(name).withLeaseDurationSeconds(40)
                    .withRenewTime(renew).endSpec().build()).create();
        } else {
            client.leases().inNamespace("kube-node-lease").resource(new LeaseBuilder(existing).editSpec()
                    .withRenewTime(renew).endSpec().build()).update();
        }
    }

    private Pod pod(String name, Long tolerationSeconds) {
        return client.pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName(name)
                .endMetadata().withNewSpec().withNodeName("n1").addNewToleration().withKey(NodeHealth.UNREACHABLE)
                .withOperator("Exists").withEffect("NoExecute").withTolerationSeconds(tolerationSeconds)
                .endToleration().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec()
                .build()).create();
    }

    private boolean gone(String name) {
        Pod p = client.pods().inNamespace("default").withName(name).get();
        return p == null || p.getMetadata().getDeletionTimestamp() != null;
    }

    private String ready(String node) {
        return NodeHealth.readyStatus(client.nodes().withName(node).get());
    }

    private java.util.List<String> taintKeys(String node) {
        var spec = client.nodes().withName(node).get().getSpec();
        var taints = spec == null ? null : spec.getTaints();
        return taints == null ? java.util.List.of() : taints.stream().map(t -> t.getKey() + ":" + t.getEffect()).toList();
    }

    @Test
    void aNodeThatStopsRenewingItsLeaseTurnsUnknownIsTaintedAndLosesPodsWhoseTolerationRunsOut() {
        readyNodeWithFreshLease("n1");
        pod("short", 2L);
        pod("forever", null);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(ready("n1")).isEqualTo("Unknown");
            assertThat(taintKeys("n1")).containsExactlyInAnyOrder(NodeHealth.UNREACHABLE + ":NoSchedule",
                    NodeHealth.UNREACHABLE + ":NoExecute");
        });
        Node node = client.nodes().withName("n1").get();
        assertThat(NodeHealth.readyCondition(node).orElseThrow().getReason()).isEqualTo("NodeStatusUnknown");
        await().atMost(Duration.ofSeconds(20)).until(() -> gone("short"));
        assertThat(gone("forever")).isFalse();
    }

    @Test
    void taintsAreRemovedWhenTheNodeIsHealthyAgain() {
        readyNodeWithFreshLease("n1");
        await().atMost(Duration.ofSeconds(20)).until(() -> taintKeys("n1").size() == 2);

        renewLease("n1");
        postReady(client.nodes().withName("n1").get());

        await().atMost(Duration.ofSeconds(10)).until(() -> "True".equals(ready("n1")) && taintKeys("n1").isEmpty());
    }

    @Test
    void aHealthyNodeKeepsItsPods() {
        readyNodeWithFreshLease("n1");
        pod("stays", 0L);
        for (int i = 0; i < 3; i++) {
            await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
            renewLease("n1");
        }
        assertThat(taintKeys("n1")).isEmpty();
        assertThat(gone("stays")).isFalse();
    }
}
