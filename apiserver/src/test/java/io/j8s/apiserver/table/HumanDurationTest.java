package io.j8s.apiserver.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HumanDurationTest {

    @Test
    void formatsDurationsAsKubernetesHumanDuration() {
        assertThat(HumanDuration.format(Duration.ofSeconds(5))).isEqualTo("5s");
        assertThat(HumanDuration.format(Duration.ofSeconds(119))).isEqualTo("119s");
        assertThat(HumanDuration.format(Duration.ofSeconds(200))).isEqualTo("3m20s");
        assertThat(HumanDuration.format(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(HumanDuration.format(Duration.ofMinutes(45))).isEqualTo("45m");
        assertThat(HumanDuration.format(Duration.ofMinutes(200))).isEqualTo("3h20m");
        assertThat(HumanDuration.format(Duration.ofHours(5))).isEqualTo("5h");
        assertThat(HumanDuration.format(Duration.ofHours(20))).isEqualTo("20h");
        assertThat(HumanDuration.format(Duration.ofHours(51))).isEqualTo("2d3h");
        assertThat(HumanDuration.format(Duration.ofDays(30))).isEqualTo("30d");
        assertThat(HumanDuration.format(Duration.ofDays(365 * 3 + 10))).isEqualTo("3y10d");
        assertThat(HumanDuration.format(Duration.ofDays(365 * 9))).isEqualTo("9y");
    }

    @Test
    void toleratesOneSecondOfClockSkewAndRejectsMore() {
        assertThat(HumanDuration.format(Duration.ofMillis(-500))).isEqualTo("0s");
        assertThat(HumanDuration.format(Duration.ofSeconds(-1))).isEqualTo("0s");
        assertThat(HumanDuration.format(Duration.ofSeconds(-5))).isEqualTo("<invalid>");
    }

    @Test
    void sinceReadsRfc3339AndMicroTimeAndMarksMissingAsUnknown() {
        Instant now = Instant.parse("2026-01-01T00:10:00Z");
        assertThat(HumanDuration.since("2026-01-01T00:05:00Z", now)).isEqualTo("5m");
        assertThat(HumanDuration.since("2026-01-01T00:09:30.123456Z", now)).isEqualTo("29s");
        assertThat(HumanDuration.since("", now)).isEqualTo("<unknown>");
        assertThat(HumanDuration.since(null, now)).isEqualTo("<unknown>");
    }
}
