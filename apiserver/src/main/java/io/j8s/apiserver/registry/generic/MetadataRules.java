package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Rules on metadata the registry applies to every update: generation, finalizers, no-op detection. */
final class MetadataRules {

    private MetadataRules() {}

    static List<FieldError> newFinalizersWhileDeleting(ObjectNode obj, ObjectNode old) {
        Set<String> before = new HashSet<>();
        old.path("metadata").path("finalizers").forEach(f -> before.add(f.asText()));
        List<String> added = new ArrayList<>();
        obj.path("metadata").path("finalizers").forEach(f -> {
            if (!before.contains(f.asText())) {
                added.add(f.asText());
            }
        });
        if (added.isEmpty()) {
            return List.of();
        }
        String list = added.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", "));
        return List.of(FieldError.forbidden("metadata.finalizers",
                "no new finalizers can be added if the object is being deleted, found new finalizers []string{" + list + "}"));
    }

    /** metadata.generation counts changes of everything but metadata and status. */
    static void bumpGeneration(ObjectNode obj, ObjectNode old) {
        JsonNode generation = old.path("metadata").path("generation");
        if (!generation.isNumber()) {
            return;
        }
        ObjectNode a = obj.deepCopy();
        ObjectNode b = old.deepCopy();
        for (ObjectNode o : List.of(a, b)) {
            o.remove("metadata");
            o.remove("status");
            o.remove("apiVersion");
            o.remove("kind");
        }
        if (!a.equals(b)) {
            Metadata.of(obj).put("generation", generation.asLong() + 1);
        }
    }

    static boolean sameStored(ObjectNode next, ObjectNode current) {
        ObjectNode a = next.deepCopy();
        ObjectNode b = current.deepCopy();
        Metadata.of(a).remove("resourceVersion");
        Metadata.of(b).remove("resourceVersion");
        return a.equals(b);
    }
}
