package io.j8s.scheduler;

import static io.j8s.scheduler.TestCluster.node;
import static io.j8s.scheduler.TestCluster.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClassBuilder;
import io.j8s.scheduler.config.SchedulerConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PreemptionIT {

    private TestCluster cluster;
    private Scheduler scheduler;

    @BeforeEach
    void start() {
        cluster = new TestCluster();
        for (var pc : Map.of("low", 10, "high", 1000).entrySet()) {
            cluster.client.scheduling().v1().priorityClasses().resource(new PriorityClassBuilder()
                    .withNewMetadata().withName(pc.getKey()).endMetadata().withValue(pc.getValue()).build()).create();
        }
        scheduler = new Scheduler(cluster.newClient(), SchedulerConfiguration.defaults(), Clock.systemUTC(),
                new Random(7));
        scheduler.start();
    }

    @AfterEach
    void stop() {
        scheduler.close();
        cluster.close();
    }

    @Test
    void higherPriorityPodEvictsLowerPriorityVictimAndIsBoundOnceItIsGone() {
        cluster.register(node("only", "1", "2Gi", Map.of()));
        cluster.create(pod("low", "800m", "256Mi").editSpec().withPriorityClassName("low").endSpec().build());
        await().atMost(Duration.ofSeconds(10)).until(() -> "only".equals(cluster.nodeOf("low")));

        cluster.create(pod("high", "800m", "256Mi").editSpec().withPriorityClassName("high").endSpec().build());

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Pod high = cluster.get("high");
            return high.getStatus() != null && "only".equals(high.getStatus().getNominatedNodeName());
        });
        // no kubelet here: finish the victim's graceful termination the way one would
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Pod low = cluster.get("low");
            return low == null || low.getMetadata().getDeletionTimestamp() != null;
        });
        cluster.client.pods().inNamespace("default").withName("low").withGracePeriod(0).delete();

        await().atMost(Duration.ofSeconds(15)).until(() -> "only".equals(cluster.nodeOf("high")));
        assertThat(cluster.get("low")).isNull();
    }

    @Test
    void podWithPreemptionPolicyNeverStaysPending() {
        cluster.register(node("only", "1", "2Gi", Map.of()));
        cluster.create(pod("low", "800m", "256Mi").editSpec().withPriorityClassName("low").endSpec().build());
        await().atMost(Duration.ofSeconds(10)).until(() -> "only".equals(cluster.nodeOf("low")));

        cluster.create(pod("polite", "800m", "256Mi").editSpec().withPriorityClassName("high")
                .withPreemptionPolicy("Never").endSpec().build());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(cluster.get("polite").getStatus()
                .getConditions()).anySatisfy(c -> assertThat(c.getMessage()).isEqualTo(
                "0/1 nodes are available: 1 Insufficient cpu. not eligible due to preemptionPolicy=Never.")));
        assertThat(cluster.get("low").getMetadata().getDeletionTimestamp()).isNull();
    }
}
