package io.j8s.apiserver.table;

import static io.j8s.apiserver.table.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.j8s.apiserver.registry.BuiltinResources;
import io.j8s.apiserver.registry.ResourceDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableConvertorsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T01:00:00Z");
    private static final String CREATED = "2026-01-01T00:00:00Z";

    private static List<String> names(TableConvertor c) {
        return c.columns().stream().map(TableColumn::name).toList();
    }

    @Test
    void everyBuiltinResourceHasAConvertorWhoseFirstNameColumnIsFormattedAsName() {
        for (ResourceDefinition d : BuiltinResources.all()) {
            TableConvertor c = TableConvertors.forResource(d);
            assertThat(c.columns()).as(d.resource()).anyMatch(col -> col.name().equals("Name") && col.format().equals("name"));
            assertThat(c.cells(json(new io.fabric8.kubernetes.api.model.Pod()), NOW)).as(d.resource()).hasSize(c.columns().size());
        }
    }

    @Test
    void deploymentShowsReadyOverDesiredAndWideContainersImagesSelector() {
        var d = new DeploymentBuilder().withNewMetadata().withName("web").withCreationTimestamp(CREATED).endMetadata()
                .withNewSpec().withReplicas(3).withNewSelector().addToMatchLabels("app", "web").endSelector()
                .withNewTemplate().withNewSpec().addNewContainer().withName("nginx").withImage("nginx:1").endContainer()
                .addNewContainer().withName("side").withImage("busybox").endContainer().endSpec().endTemplate().endSpec()
                .withNewStatus().withReadyReplicas(2).withUpdatedReplicas(3).withAvailableReplicas(2).endStatus().build();
        TableConvertor c = TableConvertors.forResource("apps", "deployments");
        assertThat(names(c)).containsExactly("Name", "Ready", "Up-to-date", "Available", "Age", "Containers", "Images", "Selector");
        assertThat(c.cells(json(d), NOW)).containsExactly("web", "2/3", 3L, 2L, "60m", "nginx,side", "nginx:1,busybox", "app=web");
    }

    @Test
    void serviceShowsNodePortsAndPendingLoadBalancer() {
        var svc = new ServiceBuilder().withNewMetadata().withName("web").withCreationTimestamp(CREATED).endMetadata()
                .withNewSpec().withType("LoadBalancer").withClusterIP("10.96.0.10").withClusterIPs("10.96.0.10")
                .addNewPort().withPort(80).withNodePort(30080).withProtocol("TCP").endPort()
                .addNewPort().withPort(53).withProtocol("UDP").endPort()
                .withSelector(Map.of("app", "web")).endSpec().build();
        TableConvertor c = TableConvertors.forResource("", "services");
        assertThat(c.cells(json(svc), NOW))
                .containsExactly("web", "LoadBalancer", "10.96.0.10", "<pending>", "80:30080/TCP,53/UDP", "60m", "app=web");
    }

    @Test
    void nodeShowsReadinessCordonRolesAndAddresses() {
        var node = new NodeBuilder().withNewMetadata().withName("n1").withCreationTimestamp(CREATED)
                .addToLabels("node-role.kubernetes.io/control-plane", "").endMetadata()
                .withNewSpec().withUnschedulable(true).endSpec()
                .withNewStatus().addNewCondition().withType("Ready").withStatus("True").endCondition()
                .addNewAddress().withType("InternalIP").withAddress("192.168.1.2").endAddress()
                .withNewNodeInfo().withKubeletVersion("v1.33.0").withOsImage("Debian").withKernelVersion("6.1")
                .withContainerRuntimeVersion("containerd://1.6").endNodeInfo().endStatus().build();
        TableConvertor c = TableConvertors.forResource("", "nodes");
        assertThat(c.cells(json(node), NOW)).containsExactly("n1", "Ready,SchedulingDisabled", "control-plane", "60m",
                "v1.33.0", "192.168.1.2", "<none>", "Debian", "6.1", "containerd://1.6");
    }

    @Test
    void jobShowsStatusCompletionsAndDuration() {
        var job = new JobBuilder().withNewMetadata().withName("pi").withCreationTimestamp(CREATED).endMetadata()
                .withNewSpec().withCompletions(1).withNewTemplate().withNewSpec().addNewContainer().withName("pi")
                .withImage("perl").endContainer().endSpec().endTemplate().endSpec()
                .withNewStatus().withSucceeded(1).withStartTime("2026-01-01T00:00:00Z").withCompletionTime("2026-01-01T00:00:42Z")
                .addNewCondition().withType("Complete").withStatus("True").endCondition().endStatus().build();
        TableConvertor c = TableConvertors.forResource("batch", "jobs");
        assertThat(names(c)).startsWith("Name", "Status", "Completions", "Duration", "Age");
        assertThat(c.cells(json(job), NOW)).startsWith("pi", "Complete", "1/1", "42s", "60m");
    }

    @Test
    void cronJobShowsScheduleTimezoneSuspendActiveAndLastSchedule() {
        var cj = new CronJobBuilder().withNewMetadata().withName("tick").withCreationTimestamp(CREATED).endMetadata()
                .withNewSpec().withSchedule("*/5 * * * *").withSuspend(false).endSpec()
                .withNewStatus().withLastScheduleTime("2026-01-01T00:55:00Z").endStatus().build();
        TableConvertor c = TableConvertors.forResource("batch", "cronjobs");
        assertThat(names(c)).startsWith("Name", "Schedule", "Timezone", "Suspend", "Active", "Last Schedule", "Age");
        assertThat(c.cells(json(cj), NOW)).startsWith("tick", "*/5 * * * *", "<none>", "False", 0L, "5m", "60m");
    }

    @Test
    void eventShowsLastSeenTypeReasonObjectAndMessage() {
        var ev = new EventBuilder().withNewMetadata().withName("p1.abc").endMetadata()
                .withType("Normal").withReason("Scheduled").withMessage("Successfully assigned default/p1 ")
                .withNewInvolvedObject().withKind("Pod").withName("p1").endInvolvedObject()
                .withFirstTimestamp("2026-01-01T00:50:00Z").withLastTimestamp("2026-01-01T00:58:00Z").withCount(2)
                .withNewSource().withComponent("default-scheduler").endSource().build();
        TableConvertor c = TableConvertors.forResource("", "events");
        assertThat(names(c)).startsWith("Last Seen", "Type", "Reason", "Object");
        assertThat(c.cells(json(ev), NOW)).containsExactly("2m", "Normal", "Scheduled", "pod/p1", "", "default-scheduler",
                "Successfully assigned default/p1", "10m", 2L, "p1.abc");
    }

    @Test
    void pdbShowsIntOrStringBudgets() {
        var pdb = new PodDisruptionBudgetBuilder().withNewMetadata().withName("b").withCreationTimestamp(CREATED).endMetadata()
                .withNewSpec().withMinAvailable(new IntOrString("50%")).endSpec()
                .withNewStatus().withDisruptionsAllowed(1).endStatus().build();
        assertThat(TableConvertors.forResource("policy", "poddisruptionbudgets").cells(json(pdb), NOW))
                .containsExactly("b", "50%", "N/A", 1L, "60m");
    }

    @Test
    void resourcesWithoutPrinterGetNameAndCreatedAt() {
        TableConvertor c = TableConvertors.forResource("rbac.authorization.k8s.io", "roles");
        assertThat(c.columns()).extracting(TableColumn::name, TableColumn::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Name", "string"), org.assertj.core.groups.Tuple.tuple("Created At", "date"));
        var role = new io.fabric8.kubernetes.api.model.rbac.RoleBuilder().withNewMetadata().withName("r")
                .withCreationTimestamp(CREATED).endMetadata().build();
        assertThat(c.cells(json(role), NOW)).containsExactly("r", CREATED);
    }
}
