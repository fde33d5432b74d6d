package io.j8s.controllers.resourcequota;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamespaceUsageTest {

    private static Pod pod(String name, String phase, String cpu, String memory) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("ns").endMetadata().withNewSpec()
                .addNewContainer().withName("a").withNewResources().addToRequests("cpu", new Quantity(cpu))
                .addToRequests("memory", new Quantity(memory)).addToLimits("cpu", new Quantity(cpu))
                .endResources().endContainer().addNewContainer().withName("b").withNewResources()
                .addToRequests("cpu", new Quantity("100m")).endResources().endContainer().endSpec()
                .withNewStatus().withPhase(phase).endStatus().build();
    }

    private static Map<String, String> used(Map<String, List<? extends HasMetadata>> objects, String... hard) {
        Map<String, String> out = new java.util.TreeMap<>();
        new NamespaceUsage(objects).used(List.of(hard)).forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }

    @Test
    void podRequestsAndLimitsAreSummedOverNonTerminalPods() {
        var pods = List.of(pod("a", "Running", "500m", "1Gi"), pod("b", "Pending", "1", "512Mi"),
                pod("done", "Succeeded", "4", "4Gi"));
        assertThat(used(Map.of("count/pods", pods), "pods", "requests.cpu", "requests.memory", "limits.cpu",
                "limits.memory")).containsExactlyInAnyOrderEntriesOf(Map.of("pods", "2", "requests.cpu", "1700m",
                        "requests.memory", "1536Mi", "limits.cpu", "1500m", "limits.memory", "0"));
    }

    @Test
    void objectCountsAreReportedOnlyForResourcesTheQuotaNames() {
        var objects = Map.<String, List<? extends HasMetadata>>of(
                "count/configmaps", List.of(new ConfigMapBuilder().withNewMetadata().withName("c").endMetadata().build()),
                "count/services", List.of(new ServiceBuilder().withNewMetadata().withName("s").endMetadata()
                        .withNewSpec().withType("NodePort").addNewPort().withPort(80).endPort().endSpec().build()),
                "count/deployments.apps", List.of(new DeploymentBuilder().withNewMetadata().withName("d").endMetadata()
                        .build()),
                "count/secrets", List.of());
        assertThat(used(objects, "configmaps", "services", "services.nodeports", "count/deployments.apps", "secrets"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("configmaps", "1", "services", "1", "services.nodeports",
                        "1", "count/deployments.apps", "1", "secrets", "0"));
    }

    @Test
    void anInitContainerLargerThanTheContainersSetsThePodsRequest() {
        Pod p = new PodBuilder(pod("a", "Running", "500m", "1Gi")).editSpec().addNewInitContainer().withName("init")
                .withNewResources().addToRequests("cpu", new Quantity("2")).endResources().endInitContainer().endSpec()
                .build();
        assertThat(PodUsage.requests(p, "cpu").toString()).isEqualTo("2");
    }

    @Test
    void resourcesItCannotCountAreLeftOut() {
        assertThat(used(Map.of(), "example.com/widgets")).isEmpty();
    }
}
