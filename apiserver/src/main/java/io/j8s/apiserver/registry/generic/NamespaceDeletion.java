package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceRegistry.DeleteOutcome;
import java.time.Clock;

/**
 * Deleting a namespace, as Kubernetes' namespace REST does: the first delete marks it Terminating;
 * it goes once {@code spec.finalizers} (cleared by the namespace controller through
 * {@code finalize}) and {@code metadata.finalizers} are empty.
 */
final class NamespaceDeletion {

    private final StoreResourceRegistry registry;
    private final Clock clock;

    NamespaceDeletion(StoreResourceRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    DeleteOutcome delete(String namespace, String name, KeyedObject current, RequestOptions.Delete opts) {
        ObjectNode ns = current.object();
        if (Metadata.deleting(ns)) {
            if (finalized(ns)) {
                return registry.remove(namespace, name, current, opts.dryRun());
            }
            throw ApiException.conflict(registry.definition().groupResource(), name,
                    "The system is ensuring all content is removed from this namespace.  Upon completion, "
                            + "this namespace will automatically be purged by the system.");
        }
        ObjectNode next = ns.deepCopy();
        Metadata.of(next).put("deletionTimestamp", Metadata.timestamp(clock.instant()));
        if (opts.propagationPolicy() != null && opts.propagationPolicy().equals("Orphan")) {
            ObjectDeletion.applyPropagationPolicy(Metadata.of(next), "Orphan");
        }
        next.withObjectProperty("status").put("phase", "Terminating");
        if (finalized(next)) {
            return registry.remove(namespace, name, current, opts.dryRun());
        }
        return registry.keep(namespace, name, next, current, opts.dryRun());
    }

    private static boolean finalized(ObjectNode ns) {
        JsonNode specFinalizers = ns.path("spec").path("finalizers");
        return (!specFinalizers.isArray() || specFinalizers.isEmpty()) && !Metadata.hasFinalizers(ns);
    }

    /** The {@code finalize} subresource: only {@code spec.finalizers} of the body is taken. */
    static ObjectNode finalize(ObjectNode current, ObjectNode body) {
        ObjectNode next = current.deepCopy();
        JsonNode finalizers = body.path("spec").path("finalizers");
        if (finalizers.isArray() && !finalizers.isEmpty()) {
            next.withObjectProperty("spec").set("finalizers", finalizers.deepCopy());
        } else if (next.get("spec") instanceof ObjectNode spec) {
            spec.remove("finalizers");
        }
        JsonNode rv = body.path("metadata").path("resourceVersion");
        if (rv.isTextual() && !rv.asText().isEmpty()) {
            Metadata.of(next).put("resourceVersion", rv.asText());
        }
        return next;
    }
}
