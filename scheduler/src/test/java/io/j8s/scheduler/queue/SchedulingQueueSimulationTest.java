package io.j8s.scheduler.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.j8s.scheduler.framework.ClusterEvent;
import io.j8s.scheduler.framework.PodInfo;
import io.j8s.scheduler.plugins.PrioritySort;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Seeded random walks over the queue with a fake clock: after every step no pod is lost or
 * duplicated, and in the end every pending pod comes out once backoff and the flushes have run.
 */
class SchedulingQueueSimulationTest {

    private static final List<String> PLUGINS = List.of("NodeResourcesFit", "NodeAffinity", "InterPodAffinity");

    @Property(tries = 200, seed = "20260101")
    void noPodIsLostOrDuplicatedAndAllEventuallyComeOut(@ForAll long seed) throws InterruptedException {
        Random random = new Random(seed);
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        SchedulingQueue queue = new SchedulingQueue(new PrioritySort(), Map.of(
                "NodeResourcesFit", Set.of(ClusterEvent.NODE_ADD, ClusterEvent.ASSIGNED_POD_DELETE),
                "NodeAffinity", Set.of(ClusterEvent.NODE_ADD, ClusterEvent.NODE_UPDATE),
                "InterPodAffinity", Set.of(ClusterEvent.ASSIGNED_POD_ADD)), clock);
        Set<String> pending = new HashSet<>();
        Map<String, QueuedPodInfo> inFlight = new HashMap<>();
        Map<String, Long> cycles = new HashMap<>();
        int next = 0;
        for (int step = 0; step < 60; step++) {
            switch (random.nextInt(7)) {
                case 0, 1 -> {
                    String name = "p" + next++;
                    queue.add(pod(name), random.nextInt(3));
                    pending.add("default/" + name);
                }
                case 2 -> {
                    QueuedPodInfo q = queue.pop(0, TimeUnit.MILLISECONDS);
                    if (q != null) {
                        assertThat(pending).contains(q.key());
                        assertThat(inFlight).doesNotContainKey(q.key());
                        inFlight.put(q.key(), q);
                        cycles.put(q.key(), queue.schedulingCycle());
                    }
                }
                case 3 -> {
                    if (!inFlight.isEmpty()) {
                        String key = inFlight.keySet().iterator().next();
                        QueuedPodInfo q = inFlight.remove(key);
                        if (random.nextBoolean()) {
                            queue.done(key); // bound
                            pending.remove(key);
                        } else {
                            Set<String> plugins = random.nextInt(4) == 0 ? Set.of()
                                    : Set.of(PLUGINS.get(random.nextInt(PLUGINS.size())));
                            queue.addUnschedulable(q.failed(plugins, clock.instant()), cycles.get(key));
                        }
                    }
                }
                case 4 -> queue.moveAllToActiveOrBackoff(ClusterEvent.values()[random.nextInt(6)]);
                case 5 -> {
                    clock.advance(Duration.ofMillis(random.nextInt(3000)));
                    queue.flushBackoffCompleted();
                }
                default -> {
                    if (!pending.isEmpty()) {
                        String key = pending.iterator().next();
                        queue.delete(key);
                        pending.remove(key);
                        inFlight.remove(key);
                    }
                }
            }
            SchedulingQueue.Sizes s = queue.sizes();
            assertThat(s.active() + s.backoff() + s.unschedulable() + inFlight.size()).isEqualTo(pending.size());
        }
        // liveness: after five minutes and the flushes, every queued pod can be popped exactly once
        clock.advance(Duration.ofMinutes(6));
        queue.flushUnschedulableLeftover();
        clock.advance(Duration.ofSeconds(11));
        queue.flushBackoffCompleted();
        Set<String> drained = new HashSet<>();
        QueuedPodInfo q;
        while ((q = queue.pop(0, TimeUnit.MILLISECONDS)) != null) {
            assertThat(drained.add(q.key())).isTrue();
        }
        Set<String> expected = new HashSet<>(pending);
        expected.removeAll(inFlight.keySet());
        assertThat(drained).isEqualTo(expected);
    }

    private static PodInfo pod(String name) {
        return PodInfo.of(new PodBuilder().withNewMetadata().withName(name).withNamespace("default").withUid(name)
                .endMetadata().withNewSpec().endSpec().build());
    }
}
