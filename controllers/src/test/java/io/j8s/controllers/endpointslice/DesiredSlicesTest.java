package io.j8s.controllers.endpointslice;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.discovery.v1.Endpoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesiredSlicesTest {

    private static final Service SVC = new ServiceBuilder().withNewMetadata().withName("web").withNamespace("ns")
            .endMetadata().withNewSpec().addToSelector("app", "web").addNewPort().withName("http").withPort(80)
            .withTargetPort(new IntOrString(8080)).endPort().endSpec().build();

    private static Pod pod(String name, String ip, boolean ready) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("ns").addToLabels("app", "web")
                .endMetadata().withNewSpec().addNewContainer().withName("c").endContainer().endSpec().withNewStatus()
                .withPhase("Running").withPodIP(ip).addNewCondition().withType("Ready")
                .withStatus(ready ? "True" : "False").endCondition().endStatus().build();
    }

    @Test
    void endpointsCarryReadyServingAndTerminatingConditions() {
        Pod terminating = new PodBuilder(pod("t", "10.0.0.3", true)).editMetadata()
                .withDeletionTimestamp("2026-01-01T00:00:00Z").endMetadata().build();
        var slices = DesiredSlices.compute(SVC, List.of(pod("a", "10.0.0.1", true), pod("b", "10.0.0.2", false),
                terminating));
        List<Endpoint> endpoints = slices.values().iterator().next().get(0);
        assertThat(endpoints).extracting(e -> e.getAddresses().get(0)).containsExactly("10.0.0.1", "10.0.0.2", "10.0.0.3");
        assertThat(endpoints).extracting(e -> e.getConditions().getReady()).containsExactly(true, false, false);
        assertThat(endpoints).extracting(e -> e.getConditions().getServing()).containsExactly(true, false, true);
        assertThat(endpoints).extracting(e -> e.getConditions().getTerminating()).containsExactly(false, false, true);
        assertThat(slices.keySet().iterator().next().get(0).getPort()).isEqualTo(8080);
    }

    @Test
    void moreThanAHundredEndpointsAreSplitIntoSeveralSlices() {
        List<Pod> pods = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            pods.add(pod("p" + i, "10.0." + (i / 250) + "." + (i % 250 + 1), true));
        }
        var chunks = DesiredSlices.compute(SVC, pods).values().iterator().next();
        assertThat(chunks).extracting(List::size).containsExactly(100, 50);
    }
}
