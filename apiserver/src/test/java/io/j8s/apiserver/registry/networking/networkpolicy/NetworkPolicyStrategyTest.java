package io.j8s.apiserver.registry.networking.networkpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkPolicyStrategyTest {

    private final NetworkPolicyStrategy strategy = new NetworkPolicyStrategy();

    private static NetworkPolicyBuilder policy() {
        return new NetworkPolicyBuilder().withNewMetadata().withName("allow-web").withNamespace("default").endMetadata()
                .withNewSpec().withNewPodSelector().addToMatchLabels("app", "web").endPodSelector()
                .addNewIngress().addNewFrom().withNewIpBlock().withCidr("10.0.0.0/8").withExcept("10.1.0.0/16").endIpBlock().endFrom()
                .addNewPort().withPort(new IntOrString(80)).endPort().endIngress()
                .endSpec();
    }

    private ObjectNode defaulted(NetworkPolicy policy) {
        ObjectNode obj = Json.toTree(policy);
        strategy.applyDefaults(obj);
        return obj;
    }

    private List<String> errors(NetworkPolicy policy) {
        return strategy.validate(defaulted(policy)).stream().map(FieldError::message).toList();
    }

    @Test
    void defaultsPolicyTypesAndPortProtocol() {
        ObjectNode ingressOnly = defaulted(policy().build());
        ObjectNode withEgress = defaulted(policy().editSpec().addNewEgress().addNewTo().withNewNamespaceSelector().endNamespaceSelector()
                .endTo().endEgress().endSpec().build());

        assertThat(ingressOnly.at("/spec/policyTypes").toString()).isEqualTo("[\"Ingress\"]");
        assertThat(withEgress.at("/spec/policyTypes").toString()).isEqualTo("[\"Ingress\",\"Egress\"]");
        assertThat(ingressOnly.at("/spec/ingress/0/ports/0/protocol").asText()).isEqualTo("TCP");
    }

    @Test
    void acceptsAValidPolicy() {
        assertThat(errors(policy().build())).isEmpty();
    }

    @Test
    void rejectsInvalidCidrAndExceptOutsideIt() {
        NetworkPolicy bad = policy().editSpec().editFirstIngress().editFirstFrom().editIpBlock().withCidr("10.0.0.0/33")
                .endIpBlock().endFrom().endIngress().endSpec().build();
        NetworkPolicy outside = policy().editSpec().editFirstIngress().editFirstFrom().editIpBlock().withExcept("192.168.0.0/16")
                .endIpBlock().endFrom().endIngress().endSpec().build();

        assertThat(errors(bad)).containsExactly("spec.ingress[0].from[0].ipBlock.cidr: Invalid value: \"10.0.0.0/33\": "
                + "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)");
        assertThat(errors(outside)).containsExactly(
                "spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: \"192.168.0.0/16\": must be a strict subset of `cidr`");
    }

    @Test
    void rejectsPeerWithIpBlockAndSelector() {
        NetworkPolicy policy = policy().editSpec().editFirstIngress().editFirstFrom().withNewPodSelector().endPodSelector()
                .endFrom().endIngress().endSpec().build();

        assertThat(errors(policy)).containsExactly("spec.ingress[0].from[0]: Forbidden: may not specify both ipBlock and another peer");
    }

    @Test
    void rejectsEndPortBelowPortAndUnknownPolicyType() {
        NetworkPolicy policy = policy().editSpec().editFirstIngress().editFirstPort().withEndPort(70).endPort().endIngress()
                .withPolicyTypes("Ingress", "Sideways").endSpec().build();

        assertThat(errors(policy)).containsExactly(
                "spec.ingress[0].ports[0].endPort: Invalid value: 80: must be greater than or equal to `port`",
                "spec.policyTypes[1]: Unsupported value: \"Sideways\": supported values: \"Ingress\", \"Egress\"");
    }
}
