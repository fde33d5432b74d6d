package io.j8s.apiserver.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.registry.BuiltinResources;
import io.j8s.apiserver.registry.ResourceDefinition;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamespaceLifecycleTest {

    private static ResourceDefinition def(String resource) {
        return BuiltinResources.all().stream().filter(d -> d.group().isEmpty() && d.resource().equals(resource)).findFirst().orElseThrow();
    }

    private static ObjectNode ns(String phase) {
        ObjectNode ns = Json.object();
        ns.putObject("metadata").put("name", "x");
        ns.putObject("status").put("phase", phase);
        return ns;
    }

    private final Map<String, ObjectNode> namespaces = Map.of("active", ns("Active"), "leaving", ns("Terminating"));
    private final NamespaceLifecycle plugin = new NamespaceLifecycle(name -> Optional.ofNullable(namespaces.get(name)));

    private static AdmissionAttributes attributes(AdmissionOperation op, String resource, String namespace, String name) {
        return new AdmissionAttributes(op, def(resource), null, namespace, name, Json.object(), null, UserInfo.admin(), false);
    }

    @Test
    void createInAnActiveNamespaceIsAdmitted() {
        assertThatCode(() -> plugin.validate(attributes(AdmissionOperation.CREATE, "pods", "active", "p"))).doesNotThrowAnyException();
    }

    @Test
    void createInAMissingNamespaceIsNotFound() {
        assertThatThrownBy(() -> plugin.validate(attributes(AdmissionOperation.CREATE, "pods", "gone", "p")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).isEqualTo("namespaces \"gone\" not found"));
    }

    @Test
    void createInATerminatingNamespaceIsForbiddenButUpdatesAndDeletesPass() {
        assertThatThrownBy(() -> plugin.validate(attributes(AdmissionOperation.CREATE, "pods", "leaving", "p")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(403);
                    assertThat(e.getMessage()).endsWith("unable to create new content in namespace leaving because it is being terminated");
                });
        assertThatCode(() -> plugin.validate(attributes(AdmissionOperation.UPDATE, "pods", "leaving", "p"))).doesNotThrowAnyException();
        assertThatCode(() -> plugin.validate(attributes(AdmissionOperation.DELETE, "pods", "leaving", "p"))).doesNotThrowAnyException();
    }

    @Test
    void systemNamespacesMayNotBeDeleted() {
        for (String name : NamespaceLifecycle.IMMORTAL) {
            assertThatThrownBy(() -> plugin.validate(attributes(AdmissionOperation.DELETE, "namespaces", null, name)))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage())
                            .isEqualTo("namespaces \"" + name + "\" is forbidden: this namespace may not be deleted"));
        }
        assertThatCode(() -> plugin.validate(attributes(AdmissionOperation.DELETE, "namespaces", null, "kube-node-lease")))
                .doesNotThrowAnyException();
    }

    @Test
    void theChainRunsEveryMutatingPhaseBeforeAnyValidatingPhase() {
        StringBuilder order = new StringBuilder();
        AdmissionPlugin a = new AdmissionPlugin() {
            public String name() { return "a"; }
            public void admit(AdmissionAttributes x) { order.append("A"); }
            public void validate(AdmissionAttributes x) { order.append("a"); }
        };
        AdmissionPlugin b = new AdmissionPlugin() {
            public String name() { return "b"; }
            public void admit(AdmissionAttributes x) { order.append("B"); }
            public void validate(AdmissionAttributes x) { order.append("b"); }
        };
        AdmissionChain chain = new AdmissionChain(java.util.List.of(a, b));
        AdmissionAttributes attrs = attributes(AdmissionOperation.CREATE, "pods", "active", "p");

        chain.admit(attrs);
        chain.validate(attrs);

        assertThat(order.toString()).isEqualTo("ABab");
    }
}
