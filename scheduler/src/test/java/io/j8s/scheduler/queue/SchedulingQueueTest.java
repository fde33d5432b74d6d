package io.j8s.scheduler.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.j8s.scheduler.framework.ClusterEvent;
import io.j8s.scheduler.framework.PodInfo;
import io.j8s.scheduler.plugins.PrioritySort;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SchedulingQueueTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final SchedulingQueue queue = new SchedulingQueue(new PrioritySort(),
            Map.of("NodeResourcesFit", Set.of(ClusterEvent.NODE_ADD, ClusterEvent.ASSIGNED_POD_DELETE),
                    "NodeAffinity", Set.of(ClusterEvent.NODE_ADD, ClusterEvent.NODE_UPDATE)), clock);

    private static PodInfo pod(String name) {
        return PodInfo.of(new PodBuilder().withNewMetadata().withName(name).withNamespace("default").withUid(name)
                .endMetadata().withNewSpec().addNewContainer().withName("c").endContainer().endSpec().build());
    }

    private QueuedPodInfo popNow() throws InterruptedException {
        return queue.pop(0, TimeUnit.MILLISECONDS);
    }

    private QueuedPodInfo failOnce(String name, String plugin) throws InterruptedException {
        queue.add(pod(name), 0);
        QueuedPodInfo q = popNow();
        queue.addUnschedulable(q.failed(Set.of(plugin), clock.instant()), queue.schedulingCycle());
        return q;
    }

    @Test
    void popsHigherPriorityFirstThenOlder() throws InterruptedException {
        queue.add(pod("low-old"), 1);
        clock.advance(Duration.ofSeconds(1));
        queue.add(pod("low-new"), 1);
        queue.add(pod("high"), 10);
        assertThat(popNow().key()).isEqualTo("default/high");
        assertThat(popNow().key()).isEqualTo("default/low-old");
        assertThat(popNow().key()).isEqualTo("default/low-new");
        assertThat(popNow()).isNull();
    }

    @Test
    void unschedulablePodWaitsForARelevantEventNotPolling() throws InterruptedException {
        failOnce("p", "NodeResourcesFit");
        assertThat(queue.sizes()).isEqualTo(new SchedulingQueue.Sizes(0, 0, 1));

        clock.advance(Duration.ofMinutes(1));
        queue.flushBackoffCompleted();
        queue.moveAllToActiveOrBackoff(ClusterEvent.NODE_UPDATE); // NodeResourcesFit ignores node updates here
        assertThat(queue.sizes().unschedulable()).isEqualTo(1);

        queue.moveAllToActiveOrBackoff(ClusterEvent.NODE_ADD);
        assertThat(popNow().key()).isEqualTo("default/p");
    }

    @Test
    void eventDuringBackoffMovesPodToBackoffQueueUntilItExpires() throws InterruptedException {
        failOnce("p", "NodeResourcesFit");
        queue.moveAllToActiveOrBackoff(ClusterEvent.NODE_ADD);
        assertThat(queue.sizes()).isEqualTo(new SchedulingQueue.Sizes(0, 1, 0));

        clock.advance(Duration.ofMillis(999));
        queue.flushBackoffCompleted();
        assertThat(popNow()).isNull();

        clock.advance(Duration.ofMillis(1));
        queue.flushBackoffCompleted();
        assertThat(popNow().key()).isEqualTo("default/p");
    }

    @Test
    void errorsAreRetriedAfterBackoffWhileRejectionsByNoPluginWaitForAnyEvent() throws InterruptedException {
        queue.add(pod("err"), 0);
        QueuedPodInfo e = popNow();
        queue.addErrored(e.failed(Set.of(), clock.instant()), queue.schedulingCycle());
        queue.add(pod("nonodes"), 0);
        QueuedPodInfo n = popNow();
        queue.addUnschedulable(n.failed(Set.of(), clock.instant()), queue.schedulingCycle());
        assertThat(queue.sizes()).isEqualTo(new SchedulingQueue.Sizes(0, 1, 1));

        clock.advance(Duration.ofSeconds(2));
        queue.flushBackoffCompleted();
        assertThat(popNow().key()).isEqualTo("default/err");
        assertThat(popNow()).isNull();
        queue.moveAllToActiveOrBackoff(ClusterEvent.NODE_ADD);
        assertThat(popNow().key()).isEqualTo("default/nonodes");
    }

    @Test
    void backoffDoublesFromOneSecondUpToTenSeconds() {
        assertThat(SchedulingQueue.backoffDuration(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SchedulingQueue.backoffDuration(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SchedulingQueue.backoffDuration(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(SchedulingQueue.backoffDuration(5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(SchedulingQueue.backoffDuration(30)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void podsUnschedulableForFiveMinutesAreRetriedByTheFlush() throws InterruptedException {
        failOnce("p", "NodeAffinity");
        clock.advance(Duration.ofMinutes(4));
        queue.flushUnschedulableLeftover();
        assertThat(queue.sizes().unschedulable()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        queue.flushUnschedulableLeftover();
        assertThat(popNow().key()).isEqualTo("default/p");
    }

    @Test
    void eventWhileAPodIsBeingScheduledSendsItToBackoffInsteadOfParkingIt() throws InterruptedException {
        queue.add(pod("p"), 0);
        QueuedPodInfo q = popNow();
        long cycle = queue.schedulingCycle();
        queue.moveAllToActiveOrBackoff(ClusterEvent.NODE_ADD); // arrives mid-cycle
        queue.addUnschedulable(q.failed(Set.of("NodeAffinity"), clock.instant()), cycle);
        assertThat(queue.sizes()).isEqualTo(new SchedulingQueue.Sizes(0, 1, 0));
    }

    @Test
    void deletedPodIsNotRequeuedAfterItsCycle() throws InterruptedException {
        queue.add(pod("p"), 0);
        QueuedPodInfo q = popNow();
        queue.delete("default/p");
        queue.addUnschedulable(q.failed(Set.of("NodeAffinity"), clock.instant()), queue.schedulingCycle());
        assertThat(queue.sizes()).isEqualTo(new SchedulingQueue.Sizes(0, 0, 0));
    }

    @Test
    void specChangeOfUnschedulablePodRetriesIt() throws InterruptedException {
        failOnce("p", "NodeAffinity");
        clock.advance(Duration.ofSeconds(5));
        PodInfo changed = PodInfo.of(new PodBuilder(pod("p").pod()).editSpec().addToNodeSelector("zone", "a")
                .endSpec().build());
        queue.update(changed, 0);
        assertThat(popNow().podInfo().pod().getSpec().getNodeSelector()).containsEntry("zone", "a");
    }

    @Test
    void tracksNominatedPodsByNode() {
        queue.add(pod("p"), 0);
        queue.nominate(pod("p"), "n1");
        assertThat(queue.nominatedPods()).containsOnlyKeys("n1");
        queue.delete("default/p");
        assertThat(queue.nominatedPods()).isEmpty();
    }
}
