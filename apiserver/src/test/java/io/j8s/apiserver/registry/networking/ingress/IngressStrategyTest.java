package io.j8s.apiserver.registry.networking.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngressStrategyTest {

    private final IngressStrategy strategy = new IngressStrategy();

    private static IngressBuilder ingress(String host, String pathType, String path) {
        return new IngressBuilder().withNewMetadata().withName("web").withNamespace("default").endMetadata()
                .withNewSpec().addNewRule().withHost(host).withNewHttp().addNewPath().withPathType(pathType).withPath(path)
                .withNewBackend().withNewService().withName("web").withNewPort().withNumber(80).endPort().endService().endBackend()
                .endPath().endHttp().endRule().endSpec();
    }

    private List<String> errors(Ingress ingress) {
        return strategy.validate(Json.toTree(ingress)).stream().map(FieldError::message).toList();
    }

    @Test
    void acceptsPrefixExactAndWildcardRules() {
        assertThat(errors(ingress("example.com", "Prefix", "/api").build())).isEmpty();
        assertThat(errors(ingress("*.example.com", "Exact", "/").build())).isEmpty();
        assertThat(errors(ingress(null, "ImplementationSpecific", null).build())).isEmpty();
    }

    @Test
    void requiresPathType() {
        assertThat(errors(ingress("example.com", null, "/").build()))
                .containsExactly("spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified");
    }

    @Test
    void rejectsUnknownPathTypeAndRelativePaths() {
        assertThat(errors(ingress("example.com", "Regex", "/").build())).containsExactly(
                "spec.rules[0].http.paths[0].pathType: Unsupported value: \"Regex\": supported values: \"Exact\", \"ImplementationSpecific\", \"Prefix\"");
        assertThat(errors(ingress("example.com", "Prefix", "api").build()))
                .containsExactly("spec.rules[0].http.paths[0].path: Invalid value: \"api\": must be an absolute path");
        assertThat(errors(ingress("example.com", "Exact", "/a//b").build()))
                .containsExactly("spec.rules[0].http.paths[0].path: Invalid value: \"/a//b\": must not contain '//'");
    }

    @Test
    void rejectsIpHostsAndBadWildcards() {
        assertThat(errors(ingress("10.0.0.1", "Prefix", "/").build()))
                .contains("spec.rules[0].host: Invalid value: \"10.0.0.1\": must be a DNS name, not an IP address");
        assertThat(errors(ingress("foo.*.com", "Prefix", "/").build())).singleElement().asString()
                .startsWith("spec.rules[0].host: Invalid value: \"foo.*.com\": a wildcard DNS-1123 subdomain must start with '*.'");
    }

    @Test
    void requiresRulesOrDefaultBackend() {
        Ingress empty = new IngressBuilder().withNewMetadata().withName("web").endMetadata().withNewSpec().endSpec().build();

        assertThat(errors(empty)).singleElement().asString().endsWith("either `defaultBackend` or `rules` must be specified");
    }

    @Test
    void rejectsBackendWithBothPortNameAndNumberOrWithResourceAndService() {
        Ingress both = ingress("example.com", "Prefix", "/").editSpec().editFirstRule().editHttp().editFirstPath().editBackend()
                .editService().editPort().withName("http").endPort().endService()
                .withNewResource("storage.example.com", "Bucket", "static")
                .endBackend().endPath().endHttp().endRule().endSpec().build();
        Ingress ports = ingress("example.com", "Prefix", "/").editSpec().editFirstRule().editHttp().editFirstPath().editBackend()
                .editService().editPort().withName("http").endPort().endService()
                .endBackend().endPath().endHttp().endRule().endSpec().build();

        assertThat(errors(both)).containsExactly(
                "spec.rules[0].http.paths[0].backend: Invalid value: \"\": cannot set both resource and service backends");
        assertThat(errors(ports)).containsExactly(
                "spec.rules[0].http.paths[0].backend: Invalid value: \"\": cannot set both port name & port number");
    }

    @Test
    void rejectsClassAnnotationThatDisagreesWithIngressClassName() {
        Ingress ingress = ingress("example.com", "Prefix", "/").editMetadata().addToAnnotations("kubernetes.io/ingress.class", "nginx")
                .endMetadata().editSpec().withIngressClassName("traefik").endSpec().build();

        assertThat(errors(ingress)).containsExactly("annotations.kubernetes.io/ingress.class: Invalid value: \"nginx\": "
                + "must match `ingressClassName` when both are specified");
    }
}
