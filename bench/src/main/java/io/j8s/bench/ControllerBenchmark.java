package io.j8s.bench;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.j8s.apiserver.ApiServer;
import io.j8s.apiserver.ApiServerConfig;
import io.j8s.controllers.ControllerManager;
import io.j8s.storage.embedded.EmbeddedStore;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deployments to availability through the whole control plane: an in-process API server on the in-memory store,
 * a {@link ControllerManager} (deployment and replicaset controllers) talking to it over HTTP, and a simulated kubelet
 * that marks each pod Running and Ready through pods/status as it appears. Measures the time from the first
 * Deployment create until every Deployment reports {@code availableReplicas == replicas}.
 */
public final class ControllerBenchmark {

    private static final String NAMESPACE = "bench";

    private ControllerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int deployments = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int replicas = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        run(deployments, replicas, workers, System.out);
    }

    /** With Kubernetes' default of 5 workers per controller. */
    public static void run(int deployments, int replicas, PrintStream out) throws Exception {
        run(deployments, replicas, 0, out);
    }

    /** @param workers workers per controller; 0 for each controller's default (5) */
    public static void run(int deployments, int replicas, int workers, PrintStream out) throws Exception {
        try (ApiServer server = ApiServer.start(new ApiServerConfig("127.0.0.1", 0, null, EmbeddedStore.inMemory(),
                ApiServerConfig.DEFAULT_SERVICE_CIDR, Clock.systemUTC()));
             KubernetesClient client = client(server);
             KubernetesClient kubeletClient = client(server);
             KubernetesClient cmClient = client(server)) {
            client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata()
                    .build()).create();

            AtomicInteger podsCreated = new AtomicInteger();
            AtomicInteger podsReady = new AtomicInteger();
            AtomicLong kubeletNanos = new AtomicLong();
            ExecutorService kubelet = Executors.newVirtualThreadPerTaskExecutor();
            Semaphore kubeletSlots = new Semaphore(64);
            SharedIndexInformer<Pod> pods = kubeletClient.pods().inNamespace(NAMESPACE).inform(new ResourceEventHandler<>() {
                @Override
                public void onAdd(Pod pod) {
                    podsCreated.incrementAndGet();
                    kubelet.execute(() -> {
                        kubeletSlots.acquireUninterruptibly();
                        long t0 = System.nanoTime();
                        try {
                            markReady(kubeletClient, pod);
                            podsReady.incrementAndGet();
                        } finally {
                            kubeletNanos.addAndGet(System.nanoTime() - t0);
                            kubeletSlots.release();
                        }
                    });
                }

                @Override
                public void onUpdate(Pod oldObj, Pod newObj) {
                }

                @Override
                public void onDelete(Pod obj, boolean deletedFinalStateUnknown) {
                }
            });

            CountDownLatch allAvailable = new CountDownLatch(deployments);
            Set<String> available = ConcurrentHashMap.newKeySet();
            SharedIndexInformer<Deployment> watcher = client.apps().deployments().inNamespace(NAMESPACE)
                    .inform(new ResourceEventHandler<>() {
                        @Override
                        public void onAdd(Deployment d) {
                            check(d);
                        }

                        @Override
                        public void onUpdate(Deployment o, Deployment d) {
                            check(d);
                        }

                        @Override
                        public void onDelete(Deployment d, boolean unknown) {
                        }

                        private void check(Deployment d) {
                            if (d.getStatus() != null && Integer.valueOf(replicas).equals(d.getStatus().getAvailableReplicas())
                                    && available.add(d.getMetadata().getName())) {
                                allAvailable.countDown();
                            }
                        }
                    });

            try (ControllerManager cm = new ControllerManager(cmClient, Clock.systemUTC(),
                    Set.of("deployment", "replicaset"))) {
                cm.concurrentSyncs(workers).start();
                long waitStart = System.nanoTime();
                while (!cm.isLeading()) {
                    if (System.nanoTime() - waitStart > TimeUnit.SECONDS.toNanos(30)) {
                        throw new IllegalStateException("controller manager did not become leader");
                    }
                    Thread.sleep(10); // benchmark start-up only: wait for the Lease before timing
                }

                long start = System.nanoTime();
                try (ExecutorService creators = Executors.newVirtualThreadPerTaskExecutor()) {
                    Semaphore slots = new Semaphore(32);
                    for (int i = 0; i < deployments; i++) {
                        Deployment d = deployment("d-" + i, replicas);
                        slots.acquireUninterruptibly();
                        creators.execute(() -> {
                            try {
                                client.apps().deployments().inNamespace(NAMESPACE).resource(d).create();
                            } finally {
                                slots.release();
                            }
                        });
                    }
                }
                double createSeconds = (System.nanoTime() - start) / 1e9;

                long lastReport = System.nanoTime();
                while (!allAvailable.await(5, TimeUnit.SECONDS)) {
                    long now = System.nanoTime();
                    out.printf("  t=%5.1fs deployments available %d/%d, pods created %d, pods ready %d%n",
                            (now - start) / 1e9, available.size(), deployments, podsCreated.get(), podsReady.get());
                    if (now - lastReport > TimeUnit.MINUTES.toNanos(15)) {
                        throw new IllegalStateException("not converged after 15 minutes");
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long objects = deployments * 2L + (long) deployments * replicas;
                out.printf("Controller benchmark: %d Deployments x %d replicas (%d Deployments+ReplicaSets+Pods), "
                        + "in-memory store, controllers over HTTP, %s workers per controller%n", deployments, replicas,
                        objects, workers == 0 ? "5" : Integer.toString(workers));
                out.printf("  all available after %.2f s (creates issued in %.2f s); %.0f pods/s to Ready; "
                                + "%.0f objects/s%n", seconds, createSeconds, podsReady.get() / seconds,
                        objects / seconds);
                out.printf("  simulated kubelet: %d status writes, mean %.1f ms each%n", podsReady.get(),
                        podsReady.get() == 0 ? 0 : kubeletNanos.get() / 1e6 / podsReady.get());
                cm.stats().forEach((name, st) -> out.printf("  %s: %d syncs (%d failed), %.1f s in sync over all "
                        + "workers, mean %.1f ms%n", name, st.syncs(), st.errors(), st.busy().toMillis() / 1e3,
                        st.syncs() == 0 ? 0 : st.busy().toMillis() / (double) st.syncs()));
                Runtime rt = Runtime.getRuntime();
                out.printf("  heap used %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
            } finally {
                pods.stop();
                watcher.stop();
                kubelet.shutdownNow();
            }
        }
    }

    private static KubernetesClient client(ApiServer server) {
        Config config = new ConfigBuilder().withMasterUrl(server.url().toString()).withNamespace(NAMESPACE)
                .withMaxConcurrentRequests(512).withMaxConcurrentRequestsPerHost(512)
                .withRequestRetryBackoffLimit(0).build();
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    private static Deployment deployment(String name, int replicas) {
        return new DeploymentBuilder()
                .withNewMetadata().withName(name).withNamespace(NAMESPACE).endMetadata()
                .withNewSpec().withReplicas(replicas)
                .withNewSelector().withMatchLabels(Map.of("app", name)).endSelector()
                .withNewStrategy().withType("RollingUpdate").withNewRollingUpdate()
                .withMaxSurge(new IntOrString("25%")).withMaxUnavailable(new IntOrString("25%")).endRollingUpdate()
                .endStrategy()
                .withNewTemplate().withNewMetadata().withLabels(Map.of("app", name)).endMetadata()
                .withNewSpec().addNewContainer().withName("app").withImage("registry.local/app:1").endContainer()
                .endSpec().endTemplate().endSpec().build();
    }

    /** What a kubelet reports once the pod's containers run and pass readiness. */
    private static void markReady(KubernetesClient client, Pod pod) {
        String now = DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        Pod current = pod;
        for (int attempt = 0; attempt < 10 && current != null; attempt++) {
            Pod next = new PodBuilder(current).editOrNewStatus().withPhase("Running")
                    .addNewCondition().withType("Ready").withStatus("True").withLastTransitionTime(now).endCondition()
                    .endStatus().build();
            try {
                client.pods().inNamespace(NAMESPACE).resource(next).updateStatus();
                return;
            } catch (KubernetesClientException e) {
                if (e.getCode() != 409) {
                    return; // deleted meanwhile
                }
                current = client.pods().inNamespace(NAMESPACE).withName(pod.getMetadata().getName()).get();
            }
        }
    }
}
