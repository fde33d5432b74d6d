package io.j8s.apimachinery.labels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LabelSyntaxTest {

    /** Good values of Kubernetes' TestIsQualifiedName. */
    @ParameterizedTest
    @ValueSource(strings = {"simple", "now-with-dashes", "1-starts-with-num", "1234", "simple/simple", "now-with-dashes/simple",
            "now-with-dashes/now-with-dashes", "now.with.dots/simple", "now-with.dashes-and.dots/simple", "1-num.2-num/3-num",
            "1234/5678", "1.2.3.4/5678", "Uppercase_Is_OK_123", "example.com/Uppercase_Is_OK_123", "requests.storage-foo",
            "123456789012345678901234567890123456789012345678901234567890123"})
    void acceptsQualifiedNames(String name) {
        assertThat(LabelSyntax.isQualifiedName(name)).isEmpty();
    }

    /** Bad values of Kubernetes' TestIsQualifiedName. */
    @ParameterizedTest
    @ValueSource(strings = {"nospecialchars%^=@", "cantendwithadash-", "-cantstartwithadash-", "only/one/slash", "Example.com/abc",
            "example_com/abc", "example.com/", "/simple", "1234567890123456789012345678901234567890123456789012345678901234", ""})
    void rejectsBadQualifiedNames(String name) {
        assertThat(LabelSyntax.isQualifiedName(name)).isNotEmpty();
    }

    @Test
    void wordsQualifiedNameProblemsByPart() {
        assertThat(LabelSyntax.isQualifiedName("/simple")).containsExactly("prefix part must be non-empty");
        assertThat(LabelSyntax.isQualifiedName("example.com/")).containsExactly("name part must be non-empty",
                "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric"
                        + " character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is"
                        + " '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')");
        assertThat(LabelSyntax.isQualifiedName("a".repeat(64))).contains("name part must be no more than 63 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple", "now-with-dashes", "1-starts-with-num", "end-with-num-1", "1234", "Uppercase_Is_OK_123",
            "", "a.b"})
    void acceptsLabelValues(String value) {
        assertThat(LabelSyntax.isValidLabelValue(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nospecialchars%^=@", "Tama-nui-te-rā.is.Māori.sun", "\\backslashes", "-starts-with-dash",
            "ends-with-dash-", ".starts.with.dot", "ends.with.dot.", "1234567890123456789012345678901234567890123456789012345678901234"})
    void rejectsBadLabelValues(String value) {
        assertThat(LabelSyntax.isValidLabelValue(value)).isNotEmpty();
    }

    @Test
    void distinguishesDnsLabelsFromSubdomains() {
        assertThat(LabelSyntax.isDns1123Label("a.b")).containsExactly("must not contain dots");
        assertThat(LabelSyntax.isDns1123Subdomain("a.b")).isEmpty();
        assertThat(LabelSyntax.isDns1123Subdomain("A")).hasSize(1);
        assertThat(LabelSyntax.isDns1123Label("x".repeat(64))).contains("must be no more than 63 characters");
    }
}
