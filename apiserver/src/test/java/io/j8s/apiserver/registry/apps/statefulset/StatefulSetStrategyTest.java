package io.j8s.apiserver.registry.apps.statefulset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatefulSetStrategyTest {

    private final StatefulSetStrategy strategy = new StatefulSetStrategy();

    private static StatefulSetBuilder statefulSet() {
        return new StatefulSetBuilder()
                .withNewMetadata().withName("db").withNamespace("default").endMetadata()
                .withNewSpec()
                .withServiceName("db")
                .withNewSelector().addToMatchLabels("app", "db").endSelector()
                .withNewTemplate()
                .withNewMetadata().addToLabels("app", "db").endMetadata()
                .withNewSpec().addNewContainer().withName("pg").withImage("postgres").endContainer().endSpec()
                .endTemplate()
                .addNewVolumeClaimTemplate().withNewMetadata().withName("data").endMetadata()
                .withNewSpec().withAccessModes("ReadWriteOnce").withNewResources()
                .addToRequests("storage", new Quantity("1Gi")).endResources().endSpec()
                .endVolumeClaimTemplate()
                .endSpec();
    }

    private ObjectNode defaulted(StatefulSet sts) {
        ObjectNode obj = Json.toTree(sts);
        strategy.applyDefaults(obj);
        return obj;
    }

    private static List<String> messages(List<FieldError> errors) {
        return errors.stream().map(FieldError::message).toList();
    }

    @Test
    void defaultsPolicyUpdateStrategyRetentionReplicasAndHistory() {
        ObjectNode obj = defaulted(statefulSet().build());

        assertThat(obj.at("/spec/podManagementPolicy").asText()).isEqualTo("OrderedReady");
        assertThat(obj.at("/spec/updateStrategy/type").asText()).isEqualTo("RollingUpdate");
        assertThat(obj.at("/spec/updateStrategy/rollingUpdate/partition").asInt()).isZero();
        assertThat(obj.at("/spec/persistentVolumeClaimRetentionPolicy/whenDeleted").asText()).isEqualTo("Retain");
        assertThat(obj.at("/spec/persistentVolumeClaimRetentionPolicy/whenScaled").asText()).isEqualTo("Retain");
        assertThat(obj.at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(obj.at("/spec/revisionHistoryLimit").asInt()).isEqualTo(10);
        assertThat(obj.at("/spec/volumeClaimTemplates/0/spec/volumeMode").asText()).isEqualTo("Filesystem");
    }

    @Test
    void acceptsAValidStatefulSetWithoutServiceName() {
        assertThat(strategy.validate(defaulted(statefulSet().editSpec().withServiceName(null).endSpec().build()))).isEmpty();
    }

    @Test
    void rejectsUnknownPodManagementPolicyAndNegativeMinReadySeconds() {
        StatefulSet sts = statefulSet().editSpec().withPodManagementPolicy("Random").withMinReadySeconds(-1).endSpec().build();

        assertThat(messages(strategy.validate(defaulted(sts)))).containsExactlyInAnyOrder(
                "spec.podManagementPolicy: Invalid value: \"Random\": must be 'OrderedReady' or 'Parallel'",
                "spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0");
    }

    @Test
    void rejectsOnDeleteWithRollingUpdateParameters() {
        StatefulSet sts = statefulSet().editSpec().withNewUpdateStrategy().withType("OnDelete")
                .withNewRollingUpdate().withPartition(1).endRollingUpdate().endUpdateStrategy().endSpec().build();

        assertThat(messages(strategy.validate(defaulted(sts)))).singleElement().asString()
                .startsWith("spec.updateStrategy.rollingUpdate: Invalid value:")
                .endsWith("only allowed for updateStrategy 'RollingUpdate'");
    }

    @Test
    void rejectsClaimTemplateWithoutAccessModesOrStorage() {
        StatefulSet sts = statefulSet().editSpec().editFirstVolumeClaimTemplate().withNewSpec().endSpec()
                .endVolumeClaimTemplate().endSpec().build();

        assertThat(messages(strategy.validate(defaulted(sts)))).containsExactlyInAnyOrder(
                "spec.volumeClaimTemplates[0].spec.accessModes: Required value: at least 1 access mode is required",
                "spec.volumeClaimTemplates[0].spec.resources[storage]: Required value");
    }

    @Test
    void allowsUpdatesToReplicasTemplateStrategyRetentionAndMinReadySeconds() {
        ObjectNode old = defaulted(statefulSet().build());
        ObjectNode next = defaulted(statefulSet().editSpec().withReplicas(3).withMinReadySeconds(5)
                .editTemplate().editSpec().editFirstContainer().withImage("postgres:17").endContainer().endSpec().endTemplate()
                .withNewPersistentVolumeClaimRetentionPolicy().withWhenDeleted("Delete").endPersistentVolumeClaimRetentionPolicy()
                .endSpec().build());

        assertThat(strategy.validateUpdate(next, old)).isEmpty();
    }

    @Test
    void forbidsUpdatesToOtherSpecFields() {
        ObjectNode old = defaulted(statefulSet().build());
        ObjectNode next = defaulted(statefulSet().editSpec().editFirstVolumeClaimTemplate().editSpec().editResources()
                .addToRequests("storage", new Quantity("2Gi")).endResources().endSpec().endVolumeClaimTemplate().endSpec().build());

        assertThat(messages(strategy.validateUpdate(next, old))).containsExactly(
                "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', "
                        + "'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden");
    }

    @Test
    void rejectsStatusCollisionCountDecrement() {
        ObjectNode old = defaulted(statefulSet().withNewStatus().withReplicas(1).withCollisionCount(2).endStatus().build());
        ObjectNode next = defaulted(statefulSet().withNewStatus().withReplicas(1).withCollisionCount(1).endStatus().build());

        assertThat(messages(strategy.validateStatusUpdate(next, old)))
                .containsExactly("status.collisionCount: Invalid value: 1: cannot be decremented");
    }
}
