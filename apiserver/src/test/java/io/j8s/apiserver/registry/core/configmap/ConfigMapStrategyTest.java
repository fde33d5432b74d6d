package io.j8s.apiserver.registry.core.configmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.j8s.apiserver.registry.core.StrategyFixture;
import org.junit.jupiter.api.Test;

class ConfigMapStrategyTest {

    private final StrategyFixture configMaps = StrategyFixture.of("configmaps");

    private static ConfigMapBuilder configMap() {
        return new ConfigMapBuilder().withNewMetadata().withName("settings").withNamespace("default").endMetadata()
                .addToData("app.properties", "a=1");
    }

    @Test
    void acceptsValidKeys() {
        assertThat(configMaps.errors(configMap().build())).isEmpty();
    }

    @Test
    void rejectsKeyWithSlash() {
        assertThat(configMaps.errors(configMap().addToData("a/b", "x").build())).containsExactly(
                "data[a/b]: Invalid value: \"a/b\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' "
                        + "(e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')");
    }

    @Test
    void rejectsDataOverOneMebibyte() {
        assertThat(configMaps.errors(configMap().addToData("big", "x".repeat(1024 * 1024 + 1)).build()))
                .containsExactly(": Too long: may not be more than 1048576 bytes");
    }

    @Test
    void rejectsKeyPresentInDataAndBinaryData() {
        assertThat(configMaps.errors(configMap().addToBinaryData("app.properties", "AAAA").build()))
                .containsExactly("binaryData[app.properties]: Invalid value: \"app.properties\": duplicate of key present in data");
    }

    @Test
    void forbidsChangingDataOfAnImmutableConfigMap() {
        ObjectNode old = configMaps.created(configMap().withImmutable(true).build());
        assertThat(configMaps.updateErrors(configMap().withImmutable(true).addToData("new", "x").build(), old))
                .containsExactly("data: Forbidden: field is immutable when `immutable` is set");
    }

    @Test
    void allowsChangingDataOfAMutableConfigMap() {
        ObjectNode old = configMaps.created(configMap().build());
        assertThat(configMaps.updateErrors(configMap().addToData("new", "x").build(), old)).isEmpty();
    }
}
