package io.j8s.apimachinery.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class GoTimeTest {

    @Test
    void durationsPrintAsGoPrintsThem() {
        assertThat(GoTime.formatDuration(0)).isEqualTo("0s");
        assertThat(GoTime.formatDuration(999)).isEqualTo("999ns");
        assertThat(GoTime.formatDuration(1_500)).isEqualTo("1.5µs");
        assertThat(GoTime.formatDuration(300_000_000)).isEqualTo("300ms");
        assertThat(GoTime.formatDuration(1_500_000_000)).isEqualTo("1.5s");
        assertThat(GoTime.formatDuration(90_000_000_000L)).isEqualTo("1m30s");
        assertThat(GoTime.formatDuration(3_600_000_000_000L)).isEqualTo("1h0m0s");
        assertThat(GoTime.formatDuration(3_723_000_000_000L)).isEqualTo("1h2m3s");
        assertThat(GoTime.formatDuration(-2_000_000_000L)).isEqualTo("-2s");
    }

    @Test
    void durationsParseGoSyntax() {
        assertThat(GoTime.parseDuration("0")).isZero();
        assertThat(GoTime.parseDuration("1h30m")).isEqualTo(5_400_000_000_000L);
        assertThat(GoTime.parseDuration("1.5s")).isEqualTo(1_500_000_000L);
        assertThat(GoTime.parseDuration("-300ms")).isEqualTo(-300_000_000L);
        assertThat(GoTime.parseDuration("2us")).isEqualTo(2_000L);
        assertThatThrownBy(() -> GoTime.parseDuration("5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GoTime.parseDuration("1x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GoTime.parseDuration("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void everyDurationParsesBackFromItsText(@ForAll long nanos) {
        assertThat(GoTime.parseDuration(GoTime.formatDuration(nanos))).isEqualTo(nanos);
    }

    @Test
    void timesPrintInUtcWithSecondsOrMicroseconds() {
        assertThat(GoTime.formatTime(1704164645L)).isEqualTo("2024-01-02T03:04:05Z");
        assertThat(GoTime.formatMicroTime(1704164645L, 123_456_789)).isEqualTo("2024-01-02T03:04:05.123456Z");
        assertThat(GoTime.formatMicroTime(1704164645L, 0)).isEqualTo("2024-01-02T03:04:05.000000Z");
    }

    @Test
    void timesParseRfc3339WithOffsetsAndFractions() {
        assertThat(GoTime.parseTime("2024-01-02T05:04:05.5+02:00"))
                .isEqualTo(Instant.ofEpochSecond(1704164645L, 500_000_000));
        assertThatThrownBy(() -> GoTime.parseTime("yesterday")).isInstanceOf(IllegalArgumentException.class);
    }
}
