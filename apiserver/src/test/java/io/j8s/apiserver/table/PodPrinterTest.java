package io.j8s.apiserver.table;

import static io.j8s.apiserver.table.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodPrinterTest {

    private static final Instant NOW = Instant.parse("2026-01-01T01:00:00Z");
    private final TableConvertor printer = new PodPrinter();

    private static PodBuilder pod(String... containers) {
        PodBuilder b = new PodBuilder().withNewMetadata().withName("p1").withCreationTimestamp("2026-01-01T00:55:00Z").endMetadata();
        b.withNewSpec().endSpec();
        for (String c : containers) {
            b.editSpec().addNewContainer().withName(c).withImage("busybox").endContainer().endSpec();
        }
        return b;
    }

    private List<Object> cells(Pod pod) {
        return printer.cells(json(pod), NOW);
    }

    @Test
    void columnsMatchKubectlGetPodsWide() {
        assertThat(printer.columns()).extracting(TableColumn::name)
                .containsExactly("Name", "Ready", "Status", "Restarts", "Age", "IP", "Node", "Nominated Node", "Readiness Gates");
        assertThat(printer.columns().getFirst().format()).isEqualTo("name");
        assertThat(printer.columns()).filteredOn(c -> c.priority() > 0).hasSize(4);
    }

    @Test
    void runningPodShowsReadyCountRestartsAgoAndWideColumns() {
        Pod pod = pod("a", "b").withNewStatus().withPhase("Running").withPodIP("10.0.0.5")
                .addToContainerStatuses(new ContainerStatusBuilder().withName("a").withReady(true).withRestartCount(3)
                        .withNewState().withNewRunning().endRunning().endState()
                        .withNewLastState().withNewTerminated().withExitCode(1).withFinishedAt("2026-01-01T00:55:00Z").endTerminated().endLastState()
                        .build())
                .addToContainerStatuses(new ContainerStatusBuilder().withName("b").withReady(false)
                        .withNewState().withNewRunning().endRunning().endState().build())
                .endStatus()
                .editSpec().withNodeName("node-1").endSpec()
                .build();
        assertThat(cells(pod)).containsExactly("p1", "1/2", "Running", "3 (5m ago)", "5m", "10.0.0.5", "node-1", "<none>", "<none>");
    }

    @Test
    void waitingReasonWinsOverPhase() {
        Pod pod = pod("a").withNewStatus().withPhase("Pending")
                .addToContainerStatuses(new ContainerStatusBuilder().withName("a")
                        .withNewState().withNewWaiting().withReason("ContainerCreating").endWaiting().endState().build())
                .endStatus().build();
        assertThat(cells(pod).get(2)).isEqualTo("ContainerCreating");

        Pod crashing = pod("a").withNewStatus().withPhase("Running")
                .addToContainerStatuses(new ContainerStatusBuilder().withName("a").withRestartCount(4)
                        .withNewState().withNewWaiting().withReason("CrashLoopBackOff").endWaiting().endState().build())
                .endStatus().build();
        assertThat(cells(crashing).get(2)).isEqualTo("CrashLoopBackOff");
        assertThat(cells(crashing).get(3)).isEqualTo("4");
    }

    @Test
    void unscheduledPodIsPending() {
        Pod pod = pod("a").withNewStatus().withPhase("Pending").endStatus().build();
        assertThat(cells(pod)).startsWith("p1", "0/1", "Pending", "0");
    }

    @Test
    void terminatedContainerShowsCompletedOrExitCode() {
        Pod done = pod("a").withNewStatus().withPhase("Succeeded")
                .addToContainerStatuses(new ContainerStatusBuilder().withName("a")
                        .withNewState().withNewTerminated().withExitCode(0).withReason("Completed").endTerminated().endState().build())
                .endStatus().build();
        assertThat(cells(done).get(2)).isEqualTo("Completed");

        Pod failed = pod("a").withNewStatus().withPhase("Failed")
                .addToContainerStatuses(new ContainerStatusBuilder().withName("a")
                        .withNewState().withNewTerminated().withExitCode(2).endTerminated().endState().build())
                .endStatus().build();
        assertThat(cells(failed).get(2)).isEqualTo("ExitCode:2");
    }

    @Test
    void initContainersShowProgress() {
        Pod pod = pod("main").editSpec().addNewInitContainer().withName("init").endInitContainer().endSpec()
                .withNewStatus().withPhase("Pending")
                .addToInitContainerStatuses(new ContainerStatusBuilder().withName("init")
                        .withNewState().withNewRunning().endRunning().endState().build())
                .addToContainerStatuses(new ContainerStatusBuilder().withName("main")
                        .withNewState().withNewWaiting().withReason("PodInitializing").endWaiting().endState().build())
                .endStatus().build();
        assertThat(cells(pod).get(2)).isEqualTo("Init:0/1");

        Pod crashingInit = pod("main").editSpec().addNewInitContainer().withName("init").endInitContainer().endSpec()
                .withNewStatus().withPhase("Pending")
                .addToInitContainerStatuses(new ContainerStatusBuilder().withName("init")
                        .withNewState().withNewWaiting().withReason("CrashLoopBackOff").endWaiting().endState().build())
                .endStatus().build();
        assertThat(cells(crashingInit).get(2)).isEqualTo("Init:CrashLoopBackOff");
    }

    @Test
    void deletingPodIsTerminating() {
        Pod pod = pod("a").editMetadata().withDeletionTimestamp("2026-01-01T00:59:00Z").endMetadata()
                .withNewStatus().withPhase("Running")
                .addToContainerStatuses(new ContainerStatusBuilder().withName("a").withReady(true)
                        .withNewState().withNewRunning().endRunning().endState().build())
                .endStatus().build();
        assertThat(cells(pod).get(2)).isEqualTo("Terminating");
    }

    @Test
    void readinessGatesCountTrueConditions() {
        Pod pod = pod("a").editSpec().addNewReadinessGate().withConditionType("example.com/ready").endReadinessGate().endSpec()
                .withNewStatus().withPhase("Running")
                .addNewCondition().withType("example.com/ready").withStatus("True").endCondition()
                .endStatus().build();
        assertThat(cells(pod).get(8)).isEqualTo("1/1");
    }
}
