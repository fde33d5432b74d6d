package io.j8s.controllers.garbagecollector;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnerVerdictTest {

    private static OwnerReference ref(String uid) {
        return new OwnerReferenceBuilder().withApiVersion("apps/v1").withKind("ReplicaSet").withName("rs-" + uid)
                .withUid(uid).build();
    }

    @Test
    void anObjectWithoutOwnersIsKept() {
        assertThat(OwnerVerdict.decide(List.of(), r -> true)).isInstanceOf(OwnerVerdict.Keep.class);
    }

    @Test
    void anObjectWhoseOwnersAllExistIsKept() {
        assertThat(OwnerVerdict.decide(List.of(ref("a"), ref("b")), r -> false)).isInstanceOf(OwnerVerdict.Keep.class);
    }

    @Test
    void anObjectWhoseOwnersAreAllGoneIsDeleted() {
        assertThat(OwnerVerdict.decide(List.of(ref("a"), ref("b")), r -> true)).isInstanceOf(OwnerVerdict.Delete.class);
    }

    @Test
    void anObjectWithSomeOwnersGoneLosesOnlyTheDanglingReferences() {
        Set<String> gone = Set.of("b");
        assertThat(OwnerVerdict.decide(List.of(ref("a"), ref("b")), r -> gone.contains(r.getUid())))
                .isEqualTo(new OwnerVerdict.RemoveReferences(List.of("b")));
    }

    @Test
    void graphKeysRoundTripForNamespacedAndClusterScopedObjects() {
        assertThat(GraphKey.parse(new GraphKey("Pod", "ns", "p").toString())).isEqualTo(new GraphKey("Pod", "ns", "p"));
        assertThat(GraphKey.parse(new GraphKey("Node", "", "n").toString()).cacheKey()).isEqualTo("n");
    }

    @Test
    void monitoredResourcesMatchReferencesByGroupAndKind() {
        MonitoredResource rs = MonitoredResources.DEFAULT.stream().filter(r -> r.kind().equals("ReplicaSet"))
                .findFirst().orElseThrow();
        assertThat(rs.matches("apps/v1", "ReplicaSet")).isTrue();
        assertThat(rs.matches("extensions/v1beta1", "ReplicaSet")).isFalse();
        MonitoredResource pod = MonitoredResources.DEFAULT.get(0);
        assertThat(pod.matches("v1", "Pod")).isTrue();
    }
}
