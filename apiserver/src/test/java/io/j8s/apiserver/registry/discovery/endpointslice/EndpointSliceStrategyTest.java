package io.j8s.apiserver.registry.discovery.endpointslice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSliceBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointSliceStrategyTest {

    private final EndpointSliceStrategy strategy = new EndpointSliceStrategy();

    private static EndpointSliceBuilder slice(String type, String... addresses) {
        return new EndpointSliceBuilder()
                .withNewMetadata().withName("web-abc").withNamespace("default")
                .addToLabels("kubernetes.io/service-name", "web").endMetadata()
                .withAddressType(type)
                .addNewEndpoint().withAddresses(addresses).withNewConditions().withReady(true).endConditions().endEndpoint()
                .addNewPort().withName("http").withPort(80).endPort();
    }

    private List<String> errors(EndpointSlice slice) {
        ObjectNode obj = Json.toTree(slice);
        strategy.applyDefaults(obj);
        return strategy.validate(obj).stream().map(FieldError::message).toList();
    }

    @Test
    void defaultsPortProtocolToTcp() {
        ObjectNode obj = Json.toTree(slice("IPv4", "10.1.0.5").build());
        strategy.applyDefaults(obj);

        assertThat(obj.at("/ports/0/protocol").asText()).isEqualTo("TCP");
    }

    @Test
    void acceptsAddressesOfEachType() {
        assertThat(errors(slice("IPv4", "10.1.0.5").build())).isEmpty();
        assertThat(errors(slice("IPv6", "fd00::5").build())).isEmpty();
        assertThat(errors(slice("FQDN", "db.example.com").build())).isEmpty();
    }

    @Test
    void rejectsAddressesThatDoNotFitTheType() {
        assertThat(errors(slice("IPv4", "fd00::5", "127.0.0.1").build())).containsExactly(
                "endpoints[0].addresses[0]: Invalid value: \"fd00::5\": must be a valid IPv4 address",
                "endpoints[0].addresses[1]: Invalid value: \"127.0.0.1\": may not be in the loopback range (127.0.0.0/8, ::1/128)");
    }

    @Test
    void requiresASupportedAddressType() {
        assertThat(errors(slice(null, "10.1.0.5").build())).containsExactly("addressType: Required value");
        assertThat(errors(slice("IPX", "10.1.0.5").build())).containsExactly(
                "addressType: Unsupported value: \"IPX\": supported values: \"FQDN\", \"IPv4\", \"IPv6\"");
    }

    @Test
    void rejectsMoreThanAThousandEndpoints() {
        EndpointSliceBuilder builder = slice("IPv4", "10.1.0.1");
        for (int i = 0; i < 1000; i++) {
            builder.addNewEndpoint().withAddresses("10.2.%d.%d".formatted(i / 200, i % 200 + 1)).endEndpoint();
        }

        assertThat(errors(builder.build())).containsExactly("endpoints: Too many: 1001: must have at most 1000 items");
    }

    @Test
    void rejectsDuplicatePortNamesAndEndpointsWithoutAddresses() {
        EndpointSlice slice = slice("IPv4", "10.1.0.5").addNewEndpoint().endEndpoint()
                .addNewPort().withName("http").withPort(8080).endPort().build();

        assertThat(errors(slice)).containsExactly(
                "endpoints[1].addresses: Required value: must contain at least 1 address",
                "ports[1].name: Duplicate value: \"http\"");
    }

    @Test
    void keepsAddressTypeOnUpdate() {
        ObjectNode old = Json.toTree(slice("IPv4", "10.1.0.5").build());
        ObjectNode next = Json.toTree(slice("FQDN", "db.example.com").build());
        strategy.applyDefaults(old);
        strategy.applyDefaults(next);

        assertThat(strategy.validateUpdate(next, old)).extracting(FieldError::message)
                .containsExactly("addressType: Invalid value: \"FQDN\": field is immutable");
    }
}
