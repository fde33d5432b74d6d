package io.j8s.controllers.ttlafterfinished;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TtlExpiryTest {

    private static Job finished(Integer ttl, String type) {
        return new JobBuilder().withNewMetadata().withName("j").endMetadata().withNewSpec()
                .withTtlSecondsAfterFinished(ttl).endSpec().withNewStatus().addNewCondition().withType(type)
                .withStatus("True").withLastTransitionTime("2026-01-01T00:00:00Z").endCondition().endStatus().build();
    }

    @Test
    void aFinishedJobExpiresTtlSecondsAfterItFinished() {
        Instant now = Instant.parse("2026-01-01T00:00:30Z");
        assertThat(TtlExpiry.remaining(finished(100, "Complete"), now)).contains(Duration.ofSeconds(70));
        assertThat(TtlExpiry.remaining(finished(10, "Failed"), now)).contains(Duration.ofSeconds(-20));
    }

    @Test
    void jobsWithoutTtlOrNotFinishedNeverExpire() {
        Instant now = Instant.parse("2026-01-01T00:00:30Z");
        assertThat(TtlExpiry.remaining(finished(null, "Complete"), now)).isEmpty();
        assertThat(TtlExpiry.remaining(finished(10, "SuccessCriteriaMet"), now)).isEmpty();
    }
}
