package io.j8s.apiserver.registry.core.persistentvolume;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.j8s.apiserver.registry.core.StrategyFixture;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersistentVolumeStrategyTest {

    private final StrategyFixture volumes = StrategyFixture.of("persistentvolumes");

    private static PersistentVolumeBuilder volume() {
        return new PersistentVolumeBuilder().withNewMetadata().withName("pv-1").endMetadata()
                .withNewSpec().withAccessModes("ReadWriteOnce").withCapacity(Map.of("storage", new Quantity("1Gi")))
                .withNewHostPath().withPath("/data/pv-1").endHostPath().endSpec();
    }

    @Test
    void defaultsReclaimPolicyVolumeModeAndPhase() {
        ObjectNode obj = volumes.created(volume().build());

        assertThat(obj.at("/spec/persistentVolumeReclaimPolicy").asText()).isEqualTo("Retain");
        assertThat(obj.at("/spec/volumeMode").asText()).isEqualTo("Filesystem");
        assertThat(obj.at("/status/phase").asText()).isEqualTo("Pending");
    }

    @Test
    void acceptsAValidVolume() {
        assertThat(volumes.errors(volume().build())).isEmpty();
    }

    @Test
    void requiresAccessModes() {
        assertThat(volumes.errors(volume().editSpec().withAccessModes().endSpec().build()))
                .containsExactly("spec.accessModes: Required value");
    }

    @Test
    void requiresCapacity() {
        assertThat(volumes.errors(volume().editSpec().withCapacity(Map.of()).endSpec().build()))
                .containsExactly("spec.capacity: Required value");
    }

    @Test
    void requiresAVolumeSource() {
        assertThat(volumes.errors(volume().editSpec().withHostPath(null).endSpec().build()))
                .containsExactly("spec: Required value: must specify a volume type");
    }

    @Test
    void forbidsChangingTheSource() {
        ObjectNode old = volumes.created(volume().build());
        assertThat(volumes.updateErrors(volume().editSpec().editHostPath().withPath("/elsewhere").endHostPath().endSpec().build(), old))
                .containsExactly("spec.persistentvolumesource: Forbidden: spec.persistentvolumesource is immutable after creation");
    }
}
