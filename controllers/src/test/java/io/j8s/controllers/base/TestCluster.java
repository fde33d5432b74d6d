package io.j8s.controllers.base;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.j8s.apiserver.ApiServer;
import io.j8s.apiserver.ApiServerConfig;
import io.j8s.controllers.ControllerManager;
import io.j8s.storage.embedded.EmbeddedStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An in-process API server, a client on it, and optionally a controller manager: the fixture of controller
 * integration tests. Tests play the kubelet by marking pods Running and Ready through pods/status.
 */
public final class TestCluster implements AutoCloseable {

    private final ApiServer server;
    private final KubernetesClient client;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    public TestCluster() {
        server = ApiServer.start(new ApiServerConfig("127.0.0.1", 0, null, EmbeddedStore.inMemory(),
                ApiServerConfig.DEFAULT_SERVICE_CIDR, Clock.systemUTC()));
        client = newClient();
        for (String ns : List.of("default", "kube-system")) {
            if (client.namespaces().withName(ns).get() == null) {
                client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata()
                        .build()).create();
            }
        }
    }

    public KubernetesClient client() {
        return client;
    }

    public ApiServer server() {
        return server;
    }

    /** A fresh client on the server (each controller manager gets its own, like a separate process). */
    public KubernetesClient newClient() {
        Config config = new ConfigBuilder().withMasterUrl(server.url().toString()).withNamespace("default")
                .withRequestRetryBackoffLimit(0).build();
        KubernetesClient c = new KubernetesClientBuilder().withConfig(config).build();
        closeables.add(c);
        return c;
    }

    /** Starts a controller manager running {@code controllers} (all when empty) with quick leader election. */
    public ControllerManager startControllerManager(Set<String> controllers) {
        ControllerManager cm = new ControllerManager(newClient(), Clock.systemUTC(), controllers,
                Duration.ofSeconds(4), Duration.ofSeconds(3), Duration.ofMillis(500));
        closeables.add(cm);
        cm.start();
        return cm;
    }

    /** Plays the kubelet: sets the pod Running with a Ready condition of {@code ready}. */
    public Pod setReady(Pod pod, boolean ready) {
        String now = DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        PodCondition condition = new PodConditionBuilder().withType("Ready").withStatus(ready ? "True" : "False")
                .withLastTransitionTime(now).build();
        for (int attempt = 0; ; attempt++) {
            Pod current = client.pods().inNamespace(pod.getMetadata().getNamespace())
                    .withName(pod.getMetadata().getName()).get();
            if (current == null) {
                return null;
            }
            Pod next = new PodBuilder(current).editOrNewStatus().withPhase("Running").withConditions(condition)
                    .endStatus().build();
            try {
                return client.pods().inNamespace(pod.getMetadata().getNamespace()).resource(next).updateStatus();
            } catch (io.fabric8.kubernetes.client.KubernetesClientException e) {
                if (e.getCode() != 409 || attempt > 5) {
                    throw e;
                }
            }
        }
    }

    /** Active (not terminating) pods in {@code namespace} carrying label {@code key=value}. */
    public List<Pod> activePods(String namespace, String key, String value) {
        return client.pods().inNamespace(namespace).withLabel(key, value).list().getItems().stream()
                .filter(p -> p.getMetadata().getDeletionTimestamp() == null).toList();
    }

    /**
     * Plays the kubelet for every pod from now on: each pod that appears (and is not terminating) is marked Running
     * and Ready at once, from an informer's event.
     */
    public void startKubelet() {
        KubernetesClient kubelet = newClient();
        var informer = kubelet.pods().inAnyNamespace().inform(io.j8s.controllers.base.KeyHandlers.on(pod -> {
            if (pod.getMetadata().getDeletionTimestamp() == null && !ready(pod)) {
                Thread.ofVirtual().start(() -> setReady(pod, true));
            }
        }));
        closeables.add(informer::stop);
    }

    private static boolean ready(Pod pod) {
        return pod.getStatus() != null && pod.getStatus().getConditions() != null && pod.getStatus().getConditions()
                .stream().anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    @Override
    public void close() {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            try {
                closeables.get(i).close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        client.close();
        server.close();
    }
}
