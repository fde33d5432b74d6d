package io.j8s.apimachinery.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every kind of every built-in API, filled with a value in every field down to a few levels, comes
 * back from protobuf as the same JSON: the descriptor walk has no gaps and no asymmetry.
 */
class EveryKindRoundTripTest {

    private final FilledObjects objects = new FilledObjects();
    private final KubernetesProtobuf protobuf = new KubernetesProtobuf();

    @Test
    void everyBuiltInKindFilledToFourLevelsRoundTrips() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Set<String>> groupVersion : objects.kinds().entrySet()) {
            for (String kind : groupVersion.getValue()) {
                ObjectNode object = objects.filled(groupVersion.getKey(), kind);
                try {
                    ObjectNode back = protobuf.decode(protobuf.encode(object));
                    if (!back.equals(object)) {
                        failures.add(groupVersion.getKey() + " " + kind + ": " + object + "\n  became " + back);
                    }
                } catch (RuntimeException e) {
                    failures.add(groupVersion.getKey() + " " + kind + ": " + e);
                }
                checked++;
            }
        }

        assertThat(checked).isGreaterThan(200);
        assertThat(failures).isEmpty();
    }
}
