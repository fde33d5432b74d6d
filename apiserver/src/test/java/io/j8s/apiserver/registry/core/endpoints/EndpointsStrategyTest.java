package io.j8s.apiserver.registry.core.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.j8s.apiserver.registry.core.StrategyFixture;
import org.junit.jupiter.api.Test;

class EndpointsStrategyTest {

    private final StrategyFixture endpoints = StrategyFixture.of("endpoints");

    private static EndpointsBuilder endpoints(String ip) {
        return new EndpointsBuilder().withNewMetadata().withName("web").withNamespace("default").endMetadata()
                .addNewSubset().addNewAddress().withIp(ip).endAddress().addNewPort().withPort(8080).endPort().endSubset();
    }

    @Test
    void defaultsPortProtocolToTcp() {
        ObjectNode obj = endpoints.created(endpoints("10.1.0.5").build());
        assertThat(obj.at("/subsets/0/ports/0/protocol").asText()).isEqualTo("TCP");
    }

    @Test
    void acceptsValidAddresses() {
        assertThat(endpoints.errors(endpoints("10.1.0.5").build())).isEmpty();
    }

    @Test
    void rejectsAddressThatIsNotAnIP() {
        assertThat(endpoints.errors(endpoints("web-0").build())).containsExactly(
                "subsets[0].addresses[0].ip: Invalid value: \"web-0\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)");
    }

    @Test
    void rejectsLoopbackAddress() {
        assertThat(endpoints.errors(endpoints("127.0.0.1").build())).containsExactly(
                "subsets[0].addresses[0].ip: Invalid value: \"127.0.0.1\": may not be in the loopback range (127.0.0.0/8, ::1/128)");
    }

    @Test
    void requiresPortNamesWhenThereAreSeveral() {
        assertThat(endpoints.errors(endpoints("10.1.0.5").editFirstSubset().addNewPort().withName("b").withPort(9090).endPort()
                .endSubset().build())).containsExactly("subsets[0].ports[0].name: Required value");
    }

    @Test
    void requiresAddressesInEachSubset() {
        assertThat(endpoints.errors(new EndpointsBuilder().withNewMetadata().withName("web").withNamespace("default").endMetadata()
                .addNewSubset().addNewPort().withPort(80).endPort().endSubset().build()))
                .containsExactly("subsets[0]: Required value: must specify `addresses` or `notReadyAddresses`");
    }

    @Test
    void allowsCreateOnUpdate() {
        assertThat(endpoints.strategy().allowCreateOnUpdate()).isTrue();
    }
}
