package io.j8s.apiserver.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MediaRangeTest {

    @Test
    void readsTypeSubtypeAndParameters() {
        MediaRange r = MediaRange.parse(" Application/JSON ; as=Table ; v=v1 ; g=meta.k8s.io ");
        assertThat(r.type()).isEqualTo("application");
        assertThat(r.subtype()).isEqualTo("json");
        assertThat(r.params()).isEqualTo(Map.of("as", "Table", "v", "v1", "g", "meta.k8s.io"));
        assertThat(r.quality()).isEqualTo(1.0);
    }

    @Test
    void treatsAMissingAcceptHeaderAsAnything() {
        assertThat(MediaRange.parseAccept(null)).extracting(MediaRange::type).containsExactly("*");
    }

    @Test
    void sortsByQualityKeepingTheOrderSentAndDropsZeroWeights() {
        List<MediaRange> ranges = MediaRange.parseAccept("text/html;q=0, application/yaml;q=0.5, application/json, */*;q=0.1");
        assertThat(ranges).extracting(MediaRange::subtype).containsExactly("json", "yaml", "*");
    }

    @Test
    void matchesWildcards() {
        assertThat(MediaRange.parse("application/*").matches("application/json")).isTrue();
        assertThat(MediaRange.parse("*/*").matches("application/yaml")).isTrue();
        assertThat(MediaRange.parse("text/*").matches("application/json")).isFalse();
        assertThat(MediaRange.parse("nonsense")).isNull();
    }
}
