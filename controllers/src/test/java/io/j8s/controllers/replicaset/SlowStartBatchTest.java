package io.j8s.controllers.replicaset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SlowStartBatchTest {

    @Test
    void allCallsSucceedInDoublingBatches() {
        AtomicInteger calls = new AtomicInteger();
        var result = ReplicaController.slowStartBatch(10, calls::incrementAndGet);
        assertThat(result.succeeded()).isEqualTo(10);
        assertThat(result.error()).isNull();
        assertThat(calls).hasValue(10);
    }

    @Test
    void aFailingBatchStopsFurtherBatches() {
        AtomicInteger calls = new AtomicInteger();
        // Batches of 1, 2, 4: the fourth call (first of the batch of 4) fails, so no batch of 8 follows.
        var result = ReplicaController.slowStartBatch(100, () -> {
            if (calls.incrementAndGet() >= 4) {
                throw new IllegalStateException("quota exceeded");
            }
        });
        assertThat(calls).hasValue(7);
        assertThat(result.succeeded()).isEqualTo(3);
        assertThat(result.error()).hasMessage("quota exceeded");
    }
}
