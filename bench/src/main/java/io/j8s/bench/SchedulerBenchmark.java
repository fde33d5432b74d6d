package io.j8s.bench;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.j8s.apiserver.ApiServer;
import io.j8s.apiserver.ApiServerConfig;
import io.j8s.scheduler.Scheduler;
import io.j8s.scheduler.config.SchedulerConfiguration;
import io.j8s.storage.embedded.EmbeddedStore;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Scheduler throughput: an in-process API server over the in-memory embedded store, N nodes
 * (4 cpu, 16Gi, 110 pods) and M pods (100m, 128Mi) created through the API while the scheduler runs.
 * Prints pods/s and creation-to-binding latency as seen by a watch on pods.
 */
public final class SchedulerBenchmark {

    private static final int CONCURRENT_WRITES = 32;

    private SchedulerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 5000, args.length > 1 ? Integer.parseInt(args[1]) : 10000,
                System.out);
    }

    public static void run(int nodes, int pods, PrintStream out) throws Exception {
        try (ApiServer server = ApiServer.start(new ApiServerConfig("127.0.0.1", 0, null, EmbeddedStore.inMemory(),
                ApiServerConfig.DEFAULT_SERVICE_CIDR, Clock.systemUTC()));
             KubernetesClient client = client(server)) {
            client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("bench").endMetadata()
                    .build()).create();
            long t0 = System.nanoTime();
            parallel(nodes, i -> () -> client.nodes().resource(node("node-" + i)).create());
            out.printf("registered %d nodes in %.1f s%n", nodes, (System.nanoTime() - t0) / 1e9);

            Map<String, Long> created = new ConcurrentHashMap<>();
            Latencies latencies = new Latencies();
            CountDownLatch bound = new CountDownLatch(pods);
            long[] lastBound = new long[1];
            var watch = client.pods().inNamespace("bench").watch(new Watcher<Pod>() {
                private final java.util.Set<String> seen = new java.util.HashSet<>();

                @Override
                public void eventReceived(Action action, Pod pod) {
                    if (pod.getSpec().getNodeName() == null || !seen.add(pod.getMetadata().getName())) {
                        return;
                    }
                    long now = System.nanoTime();
                    Long start = created.get(pod.getMetadata().getName());
                    synchronized (latencies) {
                        if (start != null) {
                            latencies.add(now - start);
                        }
                        lastBound[0] = now;
                    }
                    bound.countDown();
                }

                @Override
                public void onClose(WatcherException cause) {
                }
            });
            try (KubernetesClient schedulerClient = client(server);
                 Scheduler scheduler = new Scheduler(schedulerClient, SchedulerConfiguration.defaults(),
                         Clock.systemUTC(), new Random(1))) {
                long s0 = System.nanoTime();
                scheduler.start();
                out.printf("scheduler started (informers synced) in %.1f s%n", (System.nanoTime() - s0) / 1e9);
                long c0 = System.nanoTime();
                parallel(pods, i -> () -> {
                    String name = "pod-" + i;
                    created.put(name, System.nanoTime());
                    client.pods().inNamespace("bench").resource(pod(name)).create();
                });
                long c1 = System.nanoTime();
                boolean done = bound.await(Math.max(60, pods / 100), TimeUnit.SECONDS);
                long end;
                synchronized (latencies) {
                    end = lastBound[0];
                }
                int count = pods - (int) bound.getCount();
                double seconds = (end - c0) / 1e9;
                out.printf("created %d pods in %.1f s (%.0f creates/s)%n", pods, (c1 - c0) / 1e9,
                        pods / ((c1 - c0) / 1e9));
                out.printf("bound %d/%d pods in %.1f s: %.0f pods/s%s%n", count, pods, seconds, count / seconds,
                        done ? "" : " (timed out)");
                synchronized (latencies) {
                    out.printf("creation-to-binding latency: %s%n", latencies.summary());
                }
                var m = scheduler.metrics();
                double cycleSeconds = m.cycleNanos() / 1e9;
                out.printf("scheduling cycles: %d attempts, %d bound, %d unschedulable; %.1f s in cycles "
                                + "(%.0f us/pod, capacity %.0f pods/s on one thread, %.0f%% of wall time)%n",
                        m.attempts(), m.scheduled(), m.unschedulable(), cycleSeconds,
                        m.attempts() == 0 ? 0 : m.cycleNanos() / 1e3 / m.attempts(),
                        m.attempts() == 0 ? 0 : m.attempts() / cycleSeconds, 100 * cycleSeconds / seconds);
                out.printf("binding: mean %.1f ms per pod (POST binding round trip)%n",
                        m.scheduled() == 0 ? 0 : m.bindingNanos() / 1e6 / m.scheduled());
            } finally {
                watch.close();
            }
            backlog(server, client, Math.max(1, pods / 2), out);
        }
    }

    /**
     * A backlog of pending pods created before the scheduler starts, so throughput is not capped by
     * the rate of pod creation: time from start() until every pod is bound.
     */
    private static void backlog(ApiServer server, KubernetesClient client, int pods, PrintStream out) throws Exception {
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("backlog").endMetadata()
                .build()).create();
        long c0 = System.nanoTime();
        parallel(pods, i -> () -> client.pods().inNamespace("backlog").resource(new PodBuilder(pod("b-" + i))
                .editMetadata().withNamespace("backlog").endMetadata().build()).create());
        out.printf("backlog: created %d pending pods in %.1f s without a scheduler%n", pods,
                (System.nanoTime() - c0) / 1e9);
        CountDownLatch bound = new CountDownLatch(pods);
        var watch = client.pods().inNamespace("backlog").watch(new Watcher<Pod>() {
            private final java.util.Set<String> seen = new java.util.HashSet<>();

            @Override
            public void eventReceived(Action action, Pod pod) {
                if (pod.getSpec().getNodeName() != null && seen.add(pod.getMetadata().getName())) {
                    bound.countDown();
                }
            }

            @Override
            public void onClose(WatcherException cause) {
            }
        });
        try (KubernetesClient schedulerClient = client(server);
             Scheduler scheduler = new Scheduler(schedulerClient, SchedulerConfiguration.defaults(),
                     Clock.systemUTC(), new Random(2))) {
            long s0 = System.nanoTime();
            scheduler.start();
            long s1 = System.nanoTime();
            boolean done = bound.await(Math.max(60, pods / 50), TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - s1) / 1e9;
            int count = pods - (int) bound.getCount();
            var m = scheduler.metrics();
            out.printf("backlog: informers synced in %.1f s; bound %d/%d pods in %.1f s: %.0f pods/s%s; "
                            + "%.0f us per scheduling cycle, %.1f ms per binding%n",
                    (s1 - s0) / 1e9, count, pods, seconds, count / seconds, done ? "" : " (timed out)",
                    m.attempts() == 0 ? 0 : m.cycleNanos() / 1e3 / m.attempts(),
                    m.scheduled() == 0 ? 0 : m.bindingNanos() / 1e6 / m.scheduled());
        } finally {
            watch.close();
        }
    }

    private static KubernetesClient client(ApiServer server) {
        Config config = new ConfigBuilder().withMasterUrl(server.url().toString()).withRequestRetryBackoffLimit(0)
                .withMaxConcurrentRequests(256).withMaxConcurrentRequestsPerHost(256).build();
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    private static void parallel(int n, IntFunction<Runnable> task) throws InterruptedException {
        Semaphore slots = new Semaphore(CONCURRENT_WRITES);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Runnable> tasks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                tasks.add(task.apply(i));
            }
            for (Runnable t : tasks) {
                slots.acquire();
                executor.execute(() -> {
                    try {
                        t.run();
                    } finally {
                        slots.release();
                    }
                });
            }
        }
    }

    static Node node(String name) {
        Map<String, Quantity> resources = Map.of("cpu", new Quantity("4"), "memory", new Quantity("16Gi"),
                "pods", new Quantity("110"));
        return new NodeBuilder().withNewMetadata().withName(name)
                .addToLabels("kubernetes.io/hostname", name).endMetadata()
                .withNewStatus().withAllocatable(resources).withCapacity(resources).endStatus().build();
    }

    static Pod pod(String name) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("bench").endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("registry.k8s.io/pause:3.10")
                .withNewResources().addToRequests("cpu", new Quantity("100m"))
                .addToRequests("memory", new Quantity("128Mi")).endResources().endContainer().endSpec().build();
    }
}
