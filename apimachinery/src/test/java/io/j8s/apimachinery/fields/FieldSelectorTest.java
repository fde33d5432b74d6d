package io.j8s.apimachinery.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.j8s.apimachinery.api.ApiException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldSelectorTest {

    /** Cases of Kubernetes' TestSelectorParse for fields: input and canonical form. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|''",
            "a=b|a=b",
            "a==b|a=b",
            "x=a,y=b,z=c|x=a,y=b,z=c",
            "z=c,x=a,y=b|x=a,y=b,z=c",
            "x!=a,y=b|x!=a,y=b",
            "x=|x=",
            "x=a\\,b|x=a\\,b",
            "x=a\\=b|x=a\\=b",
            "x=a\\\\b|x=a\\\\b",
            "x=,z=|x=,z="})
    void parsesAndPrintsCanonically(String in, String canonical) {
        assertThat(FieldSelector.parse(in).toString()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "x=a=b", "x=a\\", "x=a\\b", "x,y"})
    void rejectsMalformedSelectorsWithABadRequest(String in) {
        assertThatThrownBy(() -> FieldSelector.parse(in))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(400));
    }

    @Test
    void wordsErrorsAsKubernetesDoes() {
        assertThatThrownBy(() -> FieldSelector.parse("a=b,c")).hasMessage("invalid selector: 'a=b,c'; can't understand 'c'");
        assertThatThrownBy(() -> FieldSelector.parse("x=a\\b")).hasMessage("invalid field selector: invalid escape sequence: \\b");
        assertThatThrownBy(() -> FieldSelector.parse("x=a\\")).hasMessage("invalid field selector: invalid escape sequence: \\");
        assertThatThrownBy(() -> FieldSelector.parse("x=a=b")).hasMessage("invalid field selector: unescaped character in value: 61");
    }

    @Test
    void unescapesValues() {
        FieldSelector s = FieldSelector.parse("metadata.name=a\\,b\\=c\\\\d");
        assertThat(s.exactValue("metadata.name")).contains("a,b=c\\d");
        assertThat(s.matches(Map.of("metadata.name", "a,b=c\\d"))).isTrue();
    }

    @Test
    void matchesEqualityAndInequality() {
        Map<String, String> pod = Map.of("spec.nodeName", "n1", "status.phase", "Running");
        assertThat(FieldSelector.parse("spec.nodeName=n1").matches(pod)).isTrue();
        assertThat(FieldSelector.parse("spec.nodeName==n1,status.phase!=Failed").matches(pod)).isTrue();
        assertThat(FieldSelector.parse("spec.nodeName!=n1").matches(pod)).isFalse();
        assertThat(FieldSelector.parse("spec.nodeName=n2").matches(pod)).isFalse();
    }

    @Test
    void anAbsentFieldCountsAsEmpty() {
        assertThat(FieldSelector.parse("spec.nodeName=").matches(Map.of())).isTrue();
        assertThat(FieldSelector.parse("spec.nodeName!=").matches(Map.of())).isFalse();
    }

    @Test
    void anEmptySelectorMatchesEverything() {
        assertThat(FieldSelector.parse("").isEmpty()).isTrue();
        assertThat(FieldSelector.parse(null).matches(Map.of("a", "b"))).isTrue();
    }

    @Test
    void exactValueIgnoresInequality() {
        FieldSelector s = FieldSelector.parse("spec.nodeName!=a,metadata.name=b");
        assertThat(s.exactValue("spec.nodeName")).isEmpty();
        assertThat(s.exactValue("metadata.name")).contains("b");
        assertThat(s.fields()).containsExactly("metadata.name", "spec.nodeName");
    }

    @Test
    void rejectsUnsupportedFieldLabels() {
        FieldSelector s = FieldSelector.parse("metadata.name=a,spec.bogus=b");
        assertThatThrownBy(() -> s.requireSupported(Set.of("metadata.name", "metadata.namespace")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo("field label not supported: spec.bogus");
                });
        assertThat(FieldSelector.parse("metadata.name=a").requireSupported(Set.of("metadata.name"))).isNotNull();
    }

    @Test
    void selectorsOfAFieldMapRoundTrip() {
        FieldSelector s = FieldSelector.ofFields(Map.of("b", "x,y", "a", "1"));
        assertThat(s.toString()).isEqualTo("a=1,b=x\\,y");
        assertThat(FieldSelector.parse(s.toString())).isEqualTo(s);
    }
}
