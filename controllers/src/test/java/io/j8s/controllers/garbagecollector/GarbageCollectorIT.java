package io.j8s.controllers.garbagecollector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.j8s.controllers.base.TestCluster;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Only the garbage collector runs: owners and dependents are ConfigMaps, so no other controller interferes. */
class GarbageCollectorIT {

    private static TestCluster cluster;
    private static KubernetesClient client;

    @BeforeAll
    static void start() {
        cluster = new TestCluster();
        client = cluster.client();
        cluster.startControllerManager(Set.of("garbagecollector"));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    private static ConfigMap create(String name, OwnerReference... owners) {
        return client.configMaps().inNamespace("default").resource(new ConfigMapBuilder().withNewMetadata()
                .withName(name).withOwnerReferences(owners).endMetadata().build()).create();
    }

    private static OwnerReference owner(HasMetadata o, boolean block) {
        return new OwnerReferenceBuilder().withApiVersion("v1").withKind("ConfigMap")
                .withName(o.getMetadata().getName()).withUid(o.getMetadata().getUid()).withBlockOwnerDeletion(block)
                .build();
    }

    private static ConfigMap get(String name) {
        return client.configMaps().inNamespace("default").withName(name).get();
    }

    @Test
    void backgroundDeletionRemovesDependentsAfterTheOwner() {
        ConfigMap owner = create("bg-owner");
        create("bg-child", owner(owner, false));
        create("bg-grandchild", owner(get("bg-child"), false));

        client.configMaps().inNamespace("default").withName("bg-owner")
                .withPropagationPolicy(DeletionPropagation.BACKGROUND).delete();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(get("bg-child")).isNull();
            assertThat(get("bg-grandchild")).isNull();
        });
    }

    @Test
    void aDependentWhoseOwnerUidDoesNotMatchIsCollected() {
        create("uid-owner");
        ConfigMap stale = new ConfigMapBuilder().withNewMetadata().withName("uid-owner").withUid("not-the-real-uid")
                .endMetadata().build();
        create("uid-child", owner(stale, false));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(get("uid-child")).isNull());
        assertThat(get("uid-owner")).isNotNull();
    }

    @Test
    void aDependentWithOneLiveOwnerLosesOnlyTheDanglingReference() {
        ConfigMap live = create("two-live");
        ConfigMap doomed = create("two-doomed");
        create("two-child", owner(live, false), owner(doomed, false));

        client.configMaps().inNamespace("default").withName("two-doomed").delete();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(get("two-child").getMetadata()
                .getOwnerReferences()).extracting(OwnerReference::getName).containsExactly("two-live"));
    }

    @Test
    void foregroundDeletionDeletesDependentsBeforeTheOwner() {
        ConfigMap owner = create("fg-owner");
        create("fg-child", owner(owner, true));

        client.configMaps().inNamespace("default").withName("fg-owner")
                .withPropagationPolicy(DeletionPropagation.FOREGROUND).delete();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(get("fg-owner")).isNull();
            assertThat(get("fg-child")).isNull();
        });
    }

    @Test
    void foregroundDeletionWaitsForABlockingDependentHeldByAnotherFinalizer() {
        ConfigMap owner = create("fgw-owner");
        client.configMaps().inNamespace("default").resource(new ConfigMapBuilder().withNewMetadata()
                .withName("fgw-child").withFinalizers("example.com/hold").withOwnerReferences(owner(owner, true))
                .endMetadata().build()).create();

        client.configMaps().inNamespace("default").withName("fgw-owner")
                .withPropagationPolicy(DeletionPropagation.FOREGROUND).delete();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("fgw-child").getMetadata().getDeletionTimestamp()).isNotNull());
        assertThat(get("fgw-owner")).isNotNull();
        assertThat(get("fgw-owner").getMetadata().getFinalizers()).contains("foregroundDeletion");

        client.configMaps().inNamespace("default").withName("fgw-child")
                .edit(cm -> new ConfigMapBuilder(cm).editMetadata().withFinalizers().endMetadata().build());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(get("fgw-owner")).isNull());
    }

    @Test
    void orphanDeletionReleasesDependentsAndKeepsThem() {
        ConfigMap owner = create("or-owner");
        create("or-child", owner(owner, true));

        client.configMaps().inNamespace("default").withName("or-owner")
                .withPropagationPolicy(DeletionPropagation.ORPHAN).delete();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(get("or-owner")).isNull();
            assertThat(get("or-child").getMetadata().getOwnerReferences()).isEmpty();
        });
    }
}
