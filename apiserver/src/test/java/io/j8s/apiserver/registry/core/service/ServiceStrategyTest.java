package io.j8s.apiserver.registry.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.registry.BuiltinResources;
import io.j8s.apiserver.registry.Strategies;
import io.j8s.apiserver.registry.Strategy;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceStrategyTest {

    private final Strategy strategy = Strategies.forResource(BuiltinResources.all().stream()
            .filter(d -> d.resource().equals("services")).findFirst().orElseThrow());

    private static ServiceBuilder service() {
        return new ServiceBuilder().withNewMetadata().withName("web").withNamespace("default").endMetadata()
                .withNewSpec().addToSelector("app", "web").addNewPort().withPort(80).endPort().endSpec();
    }

    private ObjectNode created(Service s) {
        ObjectNode obj = Json.toTree(s);
        strategy.applyDefaults(obj);
        strategy.prepareForCreate(obj);
        return obj;
    }

    private List<String> errors(Service s) {
        return strategy.validate(created(s)).stream().map(FieldError::message).toList();
    }

    @Test
    void defaultsTypeAffinityProtocolTargetPortAndTrafficPolicy() {
        ObjectNode spec = (ObjectNode) created(service().build()).get("spec");

        assertThat(spec.path("type").asText()).isEqualTo("ClusterIP");
        assertThat(spec.path("sessionAffinity").asText()).isEqualTo("None");
        assertThat(spec.path("internalTrafficPolicy").asText()).isEqualTo("Cluster");
        assertThat(spec.has("externalTrafficPolicy")).isFalse();
        assertThat(spec.at("/ports/0/protocol").asText()).isEqualTo("TCP");
        assertThat(spec.at("/ports/0/targetPort").asInt()).isEqualTo(80);
    }

    @Test
    void defaultsExternalTrafficPolicyForNodePortServices() {
        ObjectNode spec = (ObjectNode) created(service().editSpec().withType("NodePort").endSpec().build()).get("spec");
        assertThat(spec.path("externalTrafficPolicy").asText()).isEqualTo("Cluster");
    }

    @Test
    void keepsNamedTargetPort() {
        ObjectNode obj = created(service().editSpec().editFirstPort().withTargetPort(new IntOrString("http")).endPort().endSpec().build());
        assertThat(obj.at("/spec/ports/0/targetPort").asText()).isEqualTo("http");
    }

    @Test
    void acceptsAValidService() {
        assertThat(errors(service().build())).isEmpty();
    }

    @Test
    void rejectsServiceNameThatIsNotADns1035Label() {
        assertThat(errors(service().editMetadata().withName("1web").endMetadata().build())).containsExactly(
                "metadata.name: Invalid value: \"1web\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', "
                        + "start with an alphabetic character, and end with an alphanumeric character "
                        + "(e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')");
    }

    @Test
    void requiresPortsUnlessHeadless() {
        assertThat(errors(service().editSpec().withPorts(List.of()).endSpec().build())).containsExactly("spec.ports: Required value");
        assertThat(errors(service().editSpec().withPorts(List.of()).withClusterIP("None").endSpec().build())).isEmpty();
    }

    @Test
    void requiresPortNamesWhenThereAreSeveral() {
        Service s = service().editSpec().addNewPort().withName("https").withPort(443).endPort().endSpec().build();
        assertThat(errors(s)).containsExactly("spec.ports[0].name: Required value");
    }

    @Test
    void rejectsDuplicatePortNames() {
        Service s = service().editSpec().editFirstPort().withName("http").endPort()
                .addNewPort().withName("http").withPort(8080).endPort().endSpec().build();
        assertThat(errors(s)).containsExactly("spec.ports[1].name: Duplicate value: \"http\"");
    }

    @Test
    void forbidsNodePortOnClusterIPService() {
        Service s = service().editSpec().editFirstPort().withNodePort(30080).endPort().endSpec().build();
        assertThat(errors(s)).containsExactly("spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'");
    }

    @Test
    void rejectsUnsupportedType() {
        assertThat(errors(service().editSpec().withType("Magic").endSpec().build())).containsExactly(
                "spec.type: Unsupported value: \"Magic\": supported values: \"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\"");
    }

    @Test
    void requiresExternalNameForExternalNameServices() {
        Service s = new ServiceBuilder().withNewMetadata().withName("ext").withNamespace("default").endMetadata()
                .withNewSpec().withType("ExternalName").endSpec().build();
        assertThat(errors(s)).containsExactly("spec.externalName: Required value");
    }

    @Test
    void rejectsInvalidSelector() {
        assertThat(errors(service().editSpec().addToSelector("bad key!", "x").endSpec().build()))
                .hasSize(1).first().asString().startsWith("spec.selector: Invalid value: \"bad key!\"");
    }

    @Test
    void forbidsChangingTheClusterIP() {
        ObjectNode old = created(service().editSpec().withClusterIP("10.96.0.10").withClusterIPs("10.96.0.10").endSpec().build());
        ObjectNode updated = created(service().editSpec().withClusterIP("10.96.0.11").withClusterIPs("10.96.0.11").endSpec().build());

        assertThat(strategy.validateUpdate(updated, old)).extracting(FieldError::message)
                .containsExactly("spec.clusterIPs[0]: Invalid value: [\"10.96.0.11\"]: may not change once set");
    }

    @Test
    void keepsAllocatedClusterIPWhenAnUpdateOmitsIt() {
        ObjectNode old = created(service().editSpec().withType("NodePort").withClusterIP("10.96.0.10").withClusterIPs("10.96.0.10")
                .editFirstPort().withNodePort(30080).endPort().endSpec().build());
        ObjectNode updated = created(service().editSpec().withType("NodePort").endSpec().build());

        strategy.prepareForUpdate(updated, old);

        assertThat(updated.at("/spec/clusterIP").asText()).isEqualTo("10.96.0.10");
        assertThat(updated.at("/spec/clusterIPs/0").asText()).isEqualTo("10.96.0.10");
        assertThat(updated.at("/spec/ports/0/nodePort").asInt()).isEqualTo(30080);
        assertThat(strategy.validateUpdate(updated, old)).isEmpty();
    }

    @Test
    void forbidsHeadlessNodePortServices() {
        assertThat(errors(service().editSpec().withType("NodePort").withClusterIP("None").endSpec().build()))
                .containsExactly("spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for NodePort services");
    }
}
