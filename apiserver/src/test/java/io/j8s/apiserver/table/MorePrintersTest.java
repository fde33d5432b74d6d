package io.j8s.apiserver.table;

import static io.j8s.apiserver.table.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSliceBuilder;
import io.fabric8.kubernetes.api.model.events.v1.EventBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MorePrintersTest {

    private static final Instant NOW = Instant.parse("2026-01-01T01:00:00Z");
    private static final String CREATED = "2026-01-01T00:59:30Z";

    @Test
    void eventsK8sIoEventsPrintLikeCoreEvents() {
        var ev = new EventBuilder().withNewMetadata().withName("e1").endMetadata()
                .withEventTime(new io.fabric8.kubernetes.api.model.MicroTime("2026-01-01T00:57:00.000000Z"))
                .withType("Warning").withReason("BackOff").withNote("Back-off restarting")
                .withReportingController("kubelet").withReportingInstance("node-1")
                .withNewRegarding().withKind("Pod").withName("p1").withFieldPath("spec.containers{c}").endRegarding().build();
        assertThat(TableConvertors.forResource("events.k8s.io", "events").cells(json(ev), NOW))
                .containsExactly("3m", "Warning", "BackOff", "pod/p1", "spec.containers{c}", "kubelet, node-1",
                        "Back-off restarting", "3m", 1L, "e1");
    }

    @Test
    void notReadyNodeWithoutRolesOrAddresses() {
        var node = new NodeBuilder().withNewMetadata().withName("n2").withCreationTimestamp(CREATED).endMetadata()
                .withNewStatus().addNewCondition().withType("Ready").withStatus("Unknown").endCondition().endStatus().build();
        assertThat(TableConvertors.forResource("", "nodes").cells(json(node), NOW))
                .containsExactly("n2", "NotReady", "<none>", "30s", "", "<none>", "<none>", "<unknown>", "<unknown>", "<unknown>");
    }

    @Test
    void statefulSetAndDaemonSetCounts() {
        var sts = new StatefulSetBuilder().withNewMetadata().withName("db").withCreationTimestamp(CREATED).endMetadata()
                .withNewSpec().withReplicas(3).endSpec().withNewStatus().withReadyReplicas(1).endStatus().build();
        assertThat(TableConvertors.forResource("apps", "statefulsets").cells(json(sts), NOW)).startsWith("db", "1/3", "30s");
        var ds = new DaemonSetBuilder().withNewMetadata().withName("agent").withCreationTimestamp(CREATED).endMetadata()
                .withNewSpec().withNewTemplate().withNewSpec().withNodeSelector(Map.of("os", "linux")).endSpec().endTemplate().endSpec()
                .withNewStatus().withDesiredNumberScheduled(2).withCurrentNumberScheduled(2).withNumberReady(1)
                .withUpdatedNumberScheduled(2).withNumberAvailable(1).endStatus().build();
        assertThat(TableConvertors.forResource("apps", "daemonsets").cells(json(ds), NOW))
                .startsWith("agent", 2L, 2L, 1L, 2L, 1L, "os=linux", "30s");
    }

    @Test
    void endpointsShowThreeAddressesThenHowManyMore() {
        var ep = new EndpointsBuilder().withNewMetadata().withName("web").withCreationTimestamp(CREATED).endMetadata()
                .addNewSubset().addNewAddress().withIp("10.0.0.1").endAddress().addNewAddress().withIp("10.0.0.2").endAddress()
                .addNewAddress().withIp("10.0.0.3").endAddress().addNewAddress().withIp("10.0.0.4").endAddress()
                .addNewPort().withPort(8080).endPort().endSubset().build();
        assertThat(TableConvertors.forResource("", "endpoints").cells(json(ep), NOW))
                .containsExactly("web", "10.0.0.1:8080,10.0.0.2:8080,10.0.0.3:8080 + 1 more...", "30s");
        var empty = new EndpointsBuilder().withNewMetadata().withName("none").endMetadata().build();
        assertThat(TableConvertors.forResource("", "endpoints").cells(json(empty), NOW).get(1)).isEqualTo("<none>");
    }

    @Test
    void endpointSliceShowsAddressTypePortsAndEndpoints() {
        var slice = new EndpointSliceBuilder().withNewMetadata().withName("web-abc").withCreationTimestamp(CREATED).endMetadata()
                .withAddressType("IPv4").addNewPort().withPort(80).endPort()
                .addNewEndpoint().withAddresses("10.0.0.1").endEndpoint().build();
        assertThat(TableConvertors.forResource("discovery.k8s.io", "endpointslices").cells(json(slice), NOW))
                .containsExactly("web-abc", "IPv4", "80", "10.0.0.1", "30s");
    }

    @Test
    void externalNameAndNodePortServices() {
        var ext = new ServiceBuilder().withNewMetadata().withName("db").withCreationTimestamp(CREATED).endMetadata()
                .withNewSpec().withType("ExternalName").withExternalName("db.example.com").endSpec().build();
        assertThat(TableConvertors.forResource("", "services").cells(json(ext), NOW))
                .containsExactly("db", "ExternalName", "<none>", "db.example.com", "<none>", "30s", "<none>");
    }

    @Test
    void horizontalPodAutoscalerShowsUtilizationTargets() {
        var hpa = new HorizontalPodAutoscalerBuilder().withNewMetadata().withName("web").withCreationTimestamp(CREATED).endMetadata()
                .withNewSpec().withNewScaleTargetRef().withKind("Deployment").withName("web").endScaleTargetRef()
                .withMinReplicas(1).withMaxReplicas(5)
                .addNewMetric().withType("Resource").withNewResource().withName("cpu").withNewTarget().withType("Utilization")
                .withAverageUtilization(80).endTarget().endResource().endMetric().endSpec()
                .withNewStatus().withCurrentReplicas(2).endStatus().build();
        assertThat(TableConvertors.forResource("autoscaling", "horizontalpodautoscalers").cells(json(hpa), NOW))
                .containsExactly("web", "Deployment/web", "cpu: <unknown>/80%", "1", 5L, 2L, "30s");
    }

    @Test
    void persistentVolumesAndClaims() {
        var pv = new PersistentVolumeBuilder().withNewMetadata().withName("pv1").withCreationTimestamp(CREATED).endMetadata()
                .withNewSpec().withCapacity(Map.of("storage", new Quantity("1Gi"))).withAccessModes("ReadWriteOnce", "ReadOnlyMany")
                .withPersistentVolumeReclaimPolicy("Retain").withStorageClassName("fast")
                .withNewClaimRef().withNamespace("default").withName("c1").endClaimRef().endSpec()
                .withNewStatus().withPhase("Bound").endStatus().build();
        assertThat(TableConvertors.forResource("", "persistentvolumes").cells(json(pv), NOW))
                .containsExactly("pv1", "1Gi", "RWO,ROX", "Retain", "Bound", "default/c1", "fast", "<unset>", "", "30s", "<unset>");
        var pvc = new PersistentVolumeClaimBuilder().withNewMetadata().withName("c1").withCreationTimestamp(CREATED).endMetadata()
                .withNewSpec().withVolumeName("pv1").withStorageClassName("fast").endSpec()
                .withNewStatus().withPhase("Bound").withCapacity(Map.of("storage", new Quantity("1Gi")))
                .withAccessModes("ReadWriteOnce").endStatus().build();
        assertThat(TableConvertors.forResource("", "persistentvolumeclaims").cells(json(pvc), NOW))
                .containsExactly("c1", "Bound", "pv1", "1Gi", "RWO", "fast", "<unset>", "30s", "<unset>");
    }

    @Test
    void configObjectsCountTheirData() {
        var secret = new SecretBuilder().withNewMetadata().withName("s").withCreationTimestamp(CREATED).endMetadata()
                .withType("Opaque").withData(Map.of("a", "YQ==", "b", "Yg==")).build();
        assertThat(TableConvertors.forResource("", "secrets").cells(json(secret), NOW)).containsExactly("s", "Opaque", 2L, "30s");
        var ns = new NamespaceBuilder().withNewMetadata().withName("dev").withCreationTimestamp(CREATED).endMetadata()
                .withNewStatus().withPhase("Active").endStatus().build();
        assertThat(TableConvertors.forResource("", "namespaces").cells(json(ns), NOW)).containsExactly("dev", "Active", "30s");
        var quota = new ResourceQuotaBuilder().withNewMetadata().withName("q").withCreationTimestamp(CREATED).endMetadata()
                .withNewSpec().withHard(Map.of("requests.cpu", new Quantity("1"), "limits.memory", new Quantity("1Gi"))).endSpec()
                .withNewStatus().withUsed(Map.of("requests.cpu", new Quantity("500m"))).endStatus().build();
        assertThat(TableConvertors.forResource("", "resourcequotas").cells(json(quota), NOW))
                .containsExactly("q", "30s", "requests.cpu: 500m/1", "limits.memory: 0/1Gi");
    }

    @Test
    void networkingStorageRbacAndLeases() {
        var ing = new IngressBuilder().withNewMetadata().withName("web").withCreationTimestamp(CREATED).endMetadata()
                .withNewSpec().withIngressClassName("nginx").addNewRule().withHost("a.example.com").endRule()
                .addNewTl().withHosts("a.example.com").endTl().endSpec().build();
        assertThat(TableConvertors.forResource("networking.k8s.io", "ingresses").cells(json(ing), NOW))
                .containsExactly("web", "nginx", "a.example.com", "", "80, 443", "30s");
        var sc = new StorageClassBuilder().withNewMetadata().withName("standard").withCreationTimestamp(CREATED)
                .addToAnnotations("storageclass.kubernetes.io/is-default-class", "true").endMetadata()
                .withProvisioner("rancher.io/local-path").build();
        assertThat(TableConvertors.forResource("storage.k8s.io", "storageclasses").cells(json(sc), NOW))
                .containsExactly("standard (default)", "rancher.io/local-path", "Delete", "Immediate", false, "30s");
        var rb = new RoleBindingBuilder().withNewMetadata().withName("rb").withCreationTimestamp(CREATED).endMetadata()
                .withNewRoleRef().withKind("ClusterRole").withName("view").withApiGroup("rbac.authorization.k8s.io").endRoleRef()
                .addNewSubject().withKind("User").withName("alice").endSubject()
                .addNewSubject().withKind("ServiceAccount").withNamespace("default").withName("bot").endSubject().build();
        assertThat(TableConvertors.forResource("rbac.authorization.k8s.io", "rolebindings").cells(json(rb), NOW))
                .containsExactly("rb", "ClusterRole/view", "30s", "alice", "", "default/bot");
        var lease = new LeaseBuilder().withNewMetadata().withName("kube-scheduler").withCreationTimestamp(CREATED).endMetadata()
                .withNewSpec().withHolderIdentity("node-1_abc").endSpec().build();
        assertThat(TableConvertors.forResource("coordination.k8s.io", "leases").cells(json(lease), NOW))
                .containsExactly("kube-scheduler", "node-1_abc", "30s");
    }

    @Test
    void podTemplatesShowContainersImagesAndLabels() {
        var pt = new io.fabric8.kubernetes.api.model.PodTemplateBuilder().withNewMetadata().withName("t").endMetadata()
                .withNewTemplate().withNewMetadata().addToLabels("app", "web").endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("nginx").endContainer().endSpec().endTemplate().build();
        assertThat(TableConvertors.forResource("", "podtemplates").cells(json(pt), NOW)).containsExactly("t", "c", "nginx", "app=web");
    }

    @Test
    void intOrStringBudgetsPrintAsWritten() {
        var pdb = new io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder().withNewMetadata().withName("b").endMetadata()
                .withNewSpec().withMaxUnavailable(new IntOrString(1)).endSpec().build();
        assertThat(TableConvertors.forResource("policy", "poddisruptionbudgets").cells(json(pdb), NOW))
                .startsWith("b", "N/A", "1");
    }
}
