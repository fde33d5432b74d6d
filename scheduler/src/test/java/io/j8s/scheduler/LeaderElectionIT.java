package io.j8s.scheduler;

import static io.j8s.scheduler.TestCluster.node;
import static io.j8s.scheduler.TestCluster.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.j8s.scheduler.config.SchedulerConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LeaderElectionIT {

    @Test
    void onlyOneOfTwoSchedulersLeadsAndTheOtherTakesOverWhenItStops() {
        try (TestCluster cluster = new TestCluster()) {
            cluster.register(node("n1", "4", "8Gi", Map.of()));
            SchedulerConfiguration config = SchedulerConfiguration.defaults().withLeaderElect(true);
            Scheduler a = new Scheduler(cluster.newClient(), config, Clock.systemUTC(), new Random(1));
            Scheduler b = new Scheduler(cluster.newClient(), config, Clock.systemUTC(), new Random(2));
            try {
                a.start();
                await().atMost(Duration.ofSeconds(20)).until(a::isLeader);
                b.start();
                cluster.create(pod("p1", "100m", "64Mi").build());
                await().atMost(Duration.ofSeconds(10)).until(() -> "n1".equals(cluster.nodeOf("p1")));
                assertThat(b.isLeader()).isFalse();
                var lease = cluster.client.leases().inNamespace("kube-system").withName("kube-scheduler").get();
                assertThat(lease.getSpec().getHolderIdentity()).isEqualTo(a.identity());

                a.close();
                await().atMost(Duration.ofSeconds(30)).until(b::isLeader);
                cluster.create(pod("p2", "100m", "64Mi").build());
                await().atMost(Duration.ofSeconds(10)).until(() -> "n1".equals(cluster.nodeOf("p2")));
            } finally {
                a.close();
                b.close();
            }
        }
    }
}
