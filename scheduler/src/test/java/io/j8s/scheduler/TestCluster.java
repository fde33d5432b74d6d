package io.j8s.scheduler;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.j8s.apiserver.ApiServer;
import io.j8s.apiserver.ApiServerConfig;
import io.j8s.storage.embedded.EmbeddedStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** An in-process API server with a fabric8 client, and builders for nodes and pods. */
final class TestCluster implements AutoCloseable {

    final ApiServer server;
    final KubernetesClient client;

    TestCluster() {
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

    KubernetesClient newClient() {
        Config config = new ConfigBuilder().withMasterUrl(server.url().toString()).withNamespace("default")
                .withRequestRetryBackoffLimit(0).build();
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    static Node node(String name, String cpu, String memory, Map<String, String> labels, Taint... taints) {
        return new NodeBuilder().withNewMetadata().withName(name).withLabels(labels).endMetadata()
                .withNewSpec().withTaints(taints).endSpec()
                .withNewStatus()
                .withAllocatable(Map.of("cpu", new Quantity(cpu), "memory", new Quantity(memory),
                        "pods", new Quantity("110")))
                .withCapacity(Map.of("cpu", new Quantity(cpu), "memory", new Quantity(memory),
                        "pods", new Quantity("110")))
                .endStatus().build();
    }

    Node register(Node node) {
        Node created = client.nodes().resource(node).create();
        if (created.getStatus() == null || created.getStatus().getAllocatable().isEmpty()) {
            created.setStatus(node.getStatus());
            created = client.nodes().resource(created).updateStatus();
        }
        return created;
    }

    static PodBuilder pod(String name, String cpu, String memory) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("default").endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("busybox")
                .withNewResources().addToRequests("cpu", new Quantity(cpu))
                .addToRequests("memory", new Quantity(memory)).endResources().endContainer().endSpec();
    }

    Pod create(Pod pod) {
        return client.pods().inNamespace(pod.getMetadata().getNamespace()).resource(pod).create();
    }

    Pod get(String name) {
        return client.pods().inNamespace("default").withName(name).get();
    }

    String nodeOf(String name) {
        Pod p = get(name);
        return p == null ? null : p.getSpec().getNodeName();
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
