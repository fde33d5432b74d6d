package io.j8s.apiserver.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.j8s.apimachinery.json.Json;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WatchStreamTest {

    @Test
    void handsOutEventsInOrderAndThenTheEnd() throws Exception {
        WatchStream stream = new WatchStream();
        assertThat(stream.send("ADDED", Json.object().put("n", 1))).isTrue();
        assertThat(stream.send("MODIFIED", Json.object().put("n", 2))).isTrue();
        stream.close();
        assertThat(stream.next(Duration.ZERO).type()).isEqualTo("ADDED");
        assertThat(stream.next(Duration.ZERO).type()).isEqualTo("MODIFIED");
        assertThat(stream.next(Duration.ZERO)).isNull();
        assertThat(stream.closed()).isTrue();
    }

    @Test
    void refusesEventsAfterItIsClosed() {
        WatchStream stream = new WatchStream();
        stream.close();
        assertThat(stream.send("ADDED", Json.object())).isFalse();
    }

    @Test
    void cutsOffAClientThatFallsTooFarBehind() throws Exception {
        WatchStream stream = new WatchStream();
        int accepted = 0;
        while (stream.send("ADDED", Json.object())) {
            accepted++;
        }
        assertThat(accepted).isEqualTo(WatchStream.CAPACITY);
        assertThat(stream.closed()).isTrue();
        for (int i = 0; i < accepted; i++) {
            assertThat(stream.next(Duration.ZERO)).isNotNull();
        }
        assertThat(stream.next(Duration.ZERO)).isNull();
    }

    @Test
    void returnsNothingWhenNoEventComesInTime() throws Exception {
        WatchStream stream = new WatchStream();
        assertThat(stream.next(Duration.ofMillis(1))).isNull();
        assertThat(stream.closed()).isFalse();
    }
}
