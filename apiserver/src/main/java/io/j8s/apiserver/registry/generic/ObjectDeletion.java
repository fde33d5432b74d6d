package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceRegistry.DeleteOutcome;
import java.time.Clock;
import java.time.Instant;

/**
 * One delete of an ordinary object, as Kubernetes' {@code Store.Delete} with {@code BeforeDelete}:
 * propagation finalizers, graceful deletion of pods bound to a node, and objects kept while
 * finalizers remain. Store conflicts propagate so the caller starts over.
 */
final class ObjectDeletion {

    static final String ORPHAN = "orphan";
    static final String FOREGROUND = "foregroundDeletion";
    private static final long DEFAULT_POD_GRACE_SECONDS = 30;

    private final StoreResourceRegistry registry;
    private final Clock clock;

    ObjectDeletion(StoreResourceRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    DeleteOutcome delete(String namespace, String name, KeyedObject current, RequestOptions.Delete opts) {
        ObjectNode next = current.object().deepCopy();
        ObjectNode meta = Metadata.of(next);
        applyPropagationPolicy(meta, opts.propagationPolicy());
        boolean graceful = false;
        if (isPods()) {
            if (Metadata.deleting(current.object())) {
                JsonNode pending = meta.path("deletionGracePeriodSeconds");
                if (opts.gracePeriodSeconds() != null && pending.isNumber() && opts.gracePeriodSeconds() < pending.asLong()) {
                    setDeletion(meta, Math.max(0, opts.gracePeriodSeconds()));
                    graceful = true;
                } else if (!Metadata.hasFinalizers(next)) {
                    // graceful deletion already pending: the kubelet finishes it
                    return registry.keep(namespace, name, next, current, opts.dryRun());
                }
            } else {
                long grace = podGracePeriod(current.object(), opts.gracePeriodSeconds());
                if (grace > 0) {
                    setDeletion(meta, grace);
                    bumpGeneration(meta);
                    graceful = true;
                }
            }
        }
        if (Metadata.hasFinalizers(next)) {
            if (!Metadata.deleting(next)) {
                setDeletion(meta, 0);
            }
            return registry.keep(namespace, name, next, current, opts.dryRun());
        }
        if (graceful && meta.path("deletionGracePeriodSeconds").asLong() > 0) {
            return registry.keep(namespace, name, next, current, opts.dryRun());
        }
        return registry.remove(namespace, name, current, opts.dryRun());
    }

    private boolean isPods() {
        return registry.definition().group().isEmpty() && registry.definition().resource().equals("pods");
    }

    /** Unbound pods and pods that have finished go at once; the others get their grace period. */
    private static long podGracePeriod(ObjectNode pod, Long requested) {
        String nodeName = pod.path("spec").path("nodeName").asText("");
        String phase = pod.path("status").path("phase").asText("");
        if (nodeName.isEmpty() || phase.equals("Succeeded") || phase.equals("Failed")) {
            return 0;
        }
        if (requested != null) {
            // Kubernetes turns a negative grace period into the smallest graceful one
            return requested < 0 ? 1 : requested;
        }
        JsonNode spec = pod.path("spec").path("terminationGracePeriodSeconds");
        return spec.isNumber() ? spec.asLong() : DEFAULT_POD_GRACE_SECONDS;
    }

    private void setDeletion(ObjectNode meta, long graceSeconds) {
        Instant at = clock.instant().plusSeconds(graceSeconds);
        meta.put("deletionTimestamp", Metadata.timestamp(at));
        meta.put("deletionGracePeriodSeconds", graceSeconds);
    }

    private static void bumpGeneration(ObjectNode meta) {
        JsonNode generation = meta.path("generation");
        if (generation.isNumber() && generation.asLong() > 0) {
            meta.put("generation", generation.asLong() + 1);
        }
    }

    /** Orphan and Foreground add their finalizer (and drop the other's); Background drops both. */
    static void applyPropagationPolicy(ObjectNode meta, String policy) {
        if (policy == null) {
            return;
        }
        switch (policy) {
            case "Orphan" -> {
                removeFinalizer(meta, FOREGROUND);
                addFinalizer(meta, ORPHAN);
            }
            case "Foreground" -> {
                removeFinalizer(meta, ORPHAN);
                addFinalizer(meta, FOREGROUND);
            }
            default -> {
                removeFinalizer(meta, ORPHAN);
                removeFinalizer(meta, FOREGROUND);
            }
        }
    }

    private static void addFinalizer(ObjectNode meta, String finalizer) {
        JsonNode existing = meta.get("finalizers");
        ArrayNode list = existing instanceof ArrayNode a ? a : meta.putArray("finalizers");
        for (JsonNode f : list) {
            if (f.asText().equals(finalizer)) {
                return;
            }
        }
        list.add(finalizer);
    }

    private static void removeFinalizer(ObjectNode meta, String finalizer) {
        if (!(meta.get("finalizers") instanceof ArrayNode list)) {
            return;
        }
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).asText().equals(finalizer)) {
                list.remove(i);
            }
        }
        if (list.isEmpty()) {
            meta.remove("finalizers");
        }
    }
}
