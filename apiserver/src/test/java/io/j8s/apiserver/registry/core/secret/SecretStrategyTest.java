package io.j8s.apiserver.registry.core.secret;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.j8s.apiserver.registry.core.StrategyFixture;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretStrategyTest {

    private final StrategyFixture secrets = StrategyFixture.of("secrets");

    private static SecretBuilder secret() {
        return new SecretBuilder().withNewMetadata().withName("creds").withNamespace("default").endMetadata();
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void defaultsTypeToOpaque() {
        assertThat(secrets.created(secret().build()).path("type").asText()).isEqualTo("Opaque");
    }

    @Test
    void mergesStringDataIntoDataAndDropsIt() {
        ObjectNode obj = secrets.created(secret().addToData("a", b64("old")).addToStringData("a", "new")
                .addToStringData("b", "two").build());

        assertThat(obj.at("/data/a").asText()).isEqualTo(b64("new"));
        assertThat(obj.at("/data/b").asText()).isEqualTo(b64("two"));
        assertThat(obj.has("stringData")).isFalse();
    }

    @Test
    void requiresCertificateAndKeyForTlsSecrets() {
        assertThat(secrets.errors(secret().withType("kubernetes.io/tls").build()))
                .containsExactly("data[tls.crt]: Required value", "data[tls.key]: Required value");
    }

    @Test
    void requiresValidJsonForDockerConfigJson() {
        assertThat(secrets.errors(secret().withType("kubernetes.io/dockerconfigjson").build()))
                .containsExactly("data[.dockerconfigjson]: Required value");
        assertThat(secrets.errors(secret().withType("kubernetes.io/dockerconfigjson")
                .addToData(".dockerconfigjson", b64("{\"auths\":{}}")).build())).isEmpty();
        assertThat(secrets.errors(secret().withType("kubernetes.io/dockerconfigjson")
                .addToData(".dockerconfigjson", b64("{not json")).build()))
                .hasSize(1).first().asString().startsWith("data[.dockerconfigjson]: Invalid value: \"<secret contents redacted>\"");
    }

    @Test
    void requiresServiceAccountAnnotationForTokenSecrets() {
        assertThat(secrets.errors(secret().withType("kubernetes.io/service-account-token").build()))
                .containsExactly("metadata.annotations[kubernetes.io/service-account.name]: Required value");
    }

    @Test
    void rejectsInvalidKey() {
        assertThat(secrets.errors(secret().addToData("..", b64("x")).build())).hasSize(1).first().asString()
                .startsWith("data[..]: Invalid value: \"..\":");
    }

    @Test
    void forbidsChangingTheType() {
        ObjectNode old = secrets.created(secret().build());
        assertThat(secrets.updateErrors(secret().withType("kubernetes.io/basic-auth").addToData("username", b64("u")).build(), old))
                .containsExactly("type: Invalid value: \"kubernetes.io/basic-auth\": field is immutable");
    }

    @Test
    void forbidsChangingDataOfAnImmutableSecret() {
        ObjectNode old = secrets.created(secret().withImmutable(true).addToData("a", b64("1")).build());
        assertThat(secrets.updateErrors(secret().withImmutable(true).addToData("a", b64("2")).build(), old))
                .containsExactly("data: Forbidden: field is immutable when `immutable` is set");
    }

    @Test
    void selectsSecretsByType() {
        assertThat(secrets.strategy().selectableFields(secrets.created(secret().build()))).containsEntry("type", "Opaque");
    }
}
