package io.j8s.storage.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.j8s.storage.KeyValue;
import io.j8s.storage.WatchEvent;
import org.junit.jupiter.api.Test;

class EventLogTest {

    private static WatchEvent event(long revision) {
        return new WatchEvent(WatchEvent.Type.PUT, new KeyValue("/k" + revision, new byte[0], revision, revision, 1),
                null, revision);
    }

    @Test
    void keepsTheEventOfEveryRevisionAcrossChunks() {
        EventLog log = new EventLog();
        for (long r = 1; r <= 10_000; r++) {
            log.put(event(r));
        }
        assertThat(log.get(1).revision()).isEqualTo(1);
        assertThat(log.get(4096).revision()).isEqualTo(4096);
        assertThat(log.get(10_000).revision()).isEqualTo(10_000);
        assertThat(log.get(10_001)).isNull();
        assertThat(log.get(0)).isNull();
    }

    @Test
    void forgetsEverythingUpToTheCompactedRevisionOnly() {
        EventLog log = new EventLog();
        for (long r = 1; r <= 10_000; r++) {
            log.put(event(r));
        }
        log.dropThrough(5_000);
        assertThat(log.get(1)).isNull();
        assertThat(log.get(4_095)).isNull();
        assertThat(log.get(5_000)).isNull();
        assertThat(log.get(5_001).revision()).isEqualTo(5_001);
        log.put(event(10_001));
        assertThat(log.get(10_001).revision()).isEqualTo(10_001);
        log.dropThrough(20_000);
        assertThat(log.get(10_001)).isNull();
        log.put(event(20_001));
        assertThat(log.get(20_001).revision()).isEqualTo(20_001);
    }

    @Test
    void acceptsEventsInAnyOrderAfterStartAt() {
        EventLog log = new EventLog();
        log.startAt(3);
        log.put(event(9_000));
        log.put(event(3));
        log.put(event(4_500));
        assertThat(log.get(3).revision()).isEqualTo(3);
        assertThat(log.get(4_500).revision()).isEqualTo(4_500);
        assertThat(log.get(9_000).revision()).isEqualTo(9_000);
        assertThat(log.get(8_999)).isNull();
    }
}
