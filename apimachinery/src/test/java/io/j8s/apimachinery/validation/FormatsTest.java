package io.j8s.apimachinery.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void wordsAnInvalidDns1123LabelAsKubernetesDoes() {
        assertThat(Formats.isDNS1123Label("My_Name")).containsExactly(
                "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end "
                        + "with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is "
                        + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')");
    }

    @Test
    void limitsDns1123LabelsTo63Characters() {
        assertThat(Formats.isDNS1123Label("a".repeat(63))).isEmpty();
        assertThat(Formats.isDNS1123Label("a".repeat(64))).containsExactly("must be no more than 63 characters");
    }

    @Test
    void acceptsDottedDns1123Subdomains() {
        assertThat(Formats.isDNS1123Subdomain("my.config-1")).isEmpty();
        assertThat(Formats.isDNS1123Subdomain("-a.b")).containsExactly(
                "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start "
                        + "and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
                        + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
    }

    @Test
    void requiresDns1035LabelsToStartWithALetter() {
        assertThat(Formats.isDNS1035Label("web")).isEmpty();
        assertThat(Formats.isDNS1035Label("1web")).hasSize(1).first().asString().startsWith("a DNS-1035 label must consist of");
    }

    @Test
    void checksBothPartsOfAQualifiedName() {
        assertThat(Formats.isQualifiedName("example.com/my-key")).isEmpty();
        assertThat(Formats.isQualifiedName("/key")).containsExactly("prefix part must be non-empty");
        assertThat(Formats.isQualifiedName("Example.com/key")).hasSize(1).first().asString()
                .startsWith("prefix part a lowercase RFC 1123 subdomain");
        assertThat(Formats.isQualifiedName("a/b/c")).hasSize(1).first().asString().startsWith("a qualified name must consist of")
                .endsWith("with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
        assertThat(Formats.isQualifiedName("key-")).containsExactly("name part must consist of alphanumeric characters, '-', '_' "
                + "or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', "
                + "regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')");
    }

    @Test
    void allowsEmptyLabelValues() {
        assertThat(Formats.isValidLabelValue("")).isEmpty();
        assertThat(Formats.isValidLabelValue("a b")).hasSize(1).first().asString().startsWith("a valid label must be an empty string");
    }

    @Test
    void checksPortNumbersAndNames() {
        assertThat(Formats.isValidPortNum(0)).containsExactly("must be between 1 and 65535, inclusive");
        assertThat(Formats.isValidPortNum(65535)).isEmpty();
        assertThat(Formats.isValidPortName("http")).isEmpty();
        assertThat(Formats.isValidPortName("http--alt")).containsExactly("must not contain consecutive hyphens");
        assertThat(Formats.isValidPortName("a-very-long-port-name")).containsExactly("must be no more than 15 characters");
        assertThat(Formats.isValidPortName("80")).containsExactly("must contain at least one letter (a-z)");
    }

    @Test
    void checksConfigKeysAndEnvNames() {
        assertThat(Formats.isConfigMapKey("app.properties")).isEmpty();
        assertThat(Formats.isConfigMapKey("..data")).containsExactly("must not start with '..'");
        assertThat(Formats.isCIdentifier("MY_VAR")).isEmpty();
        assertThat(Formats.isCIdentifier("1VAR")).hasSize(1);
        assertThat(Formats.isEnvVarName("my.env-name")).isEmpty();
        assertThat(Formats.isRelaxedEnvVarName("1 weird name!")).isEmpty();
        assertThat(Formats.isRelaxedEnvVarName("A=B")).hasSize(1);
    }

    @Test
    void recognisesIPv4AndIPv6Addresses() {
        assertThat(Formats.isValidIP("10.9.8.7")).isEmpty();
        assertThat(Formats.isValidIP("2001:db8::ffff")).isEmpty();
        assertThat(Formats.isValidIP("10.9.8")).containsExactly("must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)");
        assertThat(Formats.isValidIP("example.com")).hasSize(1);
        assertThat(Formats.isValidIP("010.1.1.1")).hasSize(1);
    }
}
