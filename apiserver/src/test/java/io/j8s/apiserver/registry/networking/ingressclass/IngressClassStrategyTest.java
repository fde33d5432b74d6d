package io.j8s.apiserver.registry.networking.ingressclass;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClassBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import org.junit.jupiter.api.Test;

class IngressClassStrategyTest {

    private final IngressClassStrategy strategy = new IngressClassStrategy();

    private ObjectNode ingressClass(String controller) {
        ObjectNode obj = Json.toTree(new IngressClassBuilder().withNewMetadata().withName("nginx").endMetadata()
                .withNewSpec().withController(controller).withNewParameters().withKind("Config").withName("default").endParameters()
                .endSpec().build());
        strategy.applyDefaults(obj);
        return obj;
    }

    @Test
    void defaultsParametersScopeToCluster() {
        assertThat(ingressClass("k8s.io/ingress-nginx").at("/spec/parameters/scope").asText()).isEqualTo("Cluster");
        assertThat(strategy.validate(ingressClass("k8s.io/ingress-nginx"))).isEmpty();
    }

    @Test
    void requiresADomainPrefixedController() {
        assertThat(strategy.validate(ingressClass(null))).extracting(FieldError::message).containsExactly("spec.controller: Required value");
        assertThat(strategy.validate(ingressClass("nginx"))).extracting(FieldError::message).containsExactly(
                "spec.controller: Invalid value: \"nginx\": must be a domain-prefixed path (such as \"acme.io/foo\")");
    }

    @Test
    void keepsControllerOnUpdate() {
        assertThat(strategy.validateUpdate(ingressClass("example.com/b"), ingressClass("example.com/a")))
                .extracting(FieldError::message).containsExactly("spec.controller: Invalid value: \"example.com/b\": field is immutable");
    }
}
