package io.j8s.apiserver.admission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.api.ApiException.GroupResource;
import java.util.Optional;
import java.util.Set;

/**
 * Kubernetes' {@code NamespaceLifecycle}: no new objects in a namespace that does not exist or is
 * being terminated, and the system namespaces may not be deleted.
 */
public final class NamespaceLifecycle implements AdmissionPlugin {

    /** Namespaces that may never be deleted. */
    public static final Set<String> IMMORTAL = Set.of("default", "kube-system", "kube-public");

    private static final GroupResource NAMESPACES = new GroupResource("", "namespaces");

    private final NamespaceLookup namespaces;

    public NamespaceLifecycle(NamespaceLookup namespaces) {
        this.namespaces = namespaces;
    }

    @Override
    public String name() {
        return "NamespaceLifecycle";
    }

    @Override
    public void validate(AdmissionAttributes a) {
        boolean isNamespace = a.definition().group().isEmpty() && a.definition().resource().equals("namespaces");
        if (isNamespace) {
            if (a.operation() == AdmissionOperation.DELETE && a.subresource() == null && IMMORTAL.contains(a.name())) {
                throw ApiException.forbidden(NAMESPACES, a.name(), "this namespace may not be deleted");
            }
            return;
        }
        if (!a.definition().namespaced() || a.namespace() == null || a.namespace().isEmpty()) {
            return;
        }
        if (a.operation() != AdmissionOperation.CREATE) {
            // updates and deletes inside a terminating namespace are how its content gets cleaned up
            return;
        }
        Optional<ObjectNode> ns = namespaces.find(a.namespace());
        if (ns.isEmpty()) {
            throw ApiException.notFound(NAMESPACES, a.namespace());
        }
        JsonNode phase = ns.get().path("status").path("phase");
        boolean terminating = "Terminating".equals(phase.asText())
                || !ns.get().path("metadata").path("deletionTimestamp").isMissingNode()
                        && !ns.get().path("metadata").path("deletionTimestamp").isNull();
        if (terminating) {
            throw ApiException.forbidden(a.definition().groupResource(), a.name(),
                    "unable to create new content in namespace " + a.namespace() + " because it is being terminated");
        }
    }
}
