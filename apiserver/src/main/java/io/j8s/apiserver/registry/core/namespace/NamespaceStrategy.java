package io.j8s.apiserver.registry.core.namespace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.Formats;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.core.Defaulting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Namespaces, as Kubernetes' {@code namespaceStrategy}: the {@code kubernetes.io/metadata.name}
 * label, the {@code kubernetes} finalizer and phase Active on create; spec.finalizers change only
 * through the finalize subresource, so an update keeps the old ones.
 */
public final class NamespaceStrategy implements Strategy {

    /** The finalizer the namespace controller removes once the namespace is empty. */
    public static final String KUBERNETES_FINALIZER = "kubernetes";

    @Override
    public void applyDefaults(ObjectNode obj) {
        String name = obj.path("metadata").path("name").asText("");
        ObjectNode meta = Defaulting.object(obj, "metadata");
        if (!name.isEmpty() && meta != null) {
            ObjectNode labels = Defaulting.object(meta, "labels");
            if (labels != null) {
                labels.put("kubernetes.io/metadata.name", name);
            }
        }
        ObjectNode status = Defaulting.object(obj, "status");
        if (status != null) {
            Defaulting.text(status, "phase", "Active");
        }
    }

    @Override
    public void prepareForCreate(ObjectNode obj) {
        obj.putObject("status").put("phase", "Active");
        ObjectNode spec = Defaulting.object(obj, "spec");
        if (spec == null) {
            return;
        }
        JsonNode finalizers = spec.get("finalizers");
        ArrayNode list = finalizers instanceof ArrayNode a ? a : spec.putArray("finalizers");
        for (JsonNode f : list) {
            if (f.asText().equals(KUBERNETES_FINALIZER)) {
                return;
            }
        }
        list.add(KUBERNETES_FINALIZER);
    }

    @Override
    public void prepareForUpdate(ObjectNode obj, ObjectNode old) {
        ObjectNode spec = Defaulting.object(obj, "spec");
        if (spec != null) {
            JsonNode oldFinalizers = old.path("spec").get("finalizers");
            if (oldFinalizers == null) {
                spec.remove("finalizers");
            } else {
                spec.set("finalizers", oldFinalizers.deepCopy());
            }
        }
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        List<FieldError> errs = new ArrayList<>();
        for (JsonNode f : obj.path("spec").path("finalizers")) {
            errs.addAll(finalizerName(f.asText(""), "spec.finalizers"));
        }
        return errs;
    }

    @Override
    public List<FieldError> validateStatusUpdate(ObjectNode obj, ObjectNode old) {
        String phase = obj.path("status").path("phase").asText("");
        if (!obj.path("metadata").hasNonNull("deletionTimestamp")) {
            if (!phase.equals("Active")) {
                return List.of(FieldError.invalid("status.Phase", phase, "may only be 'Active' if `deletionTimestamp` is empty"));
            }
        } else if (!phase.equals("Terminating")) {
            return List.of(FieldError.invalid("status.Phase", phase, "may only be 'Terminating' if `deletionTimestamp` is not empty"));
        }
        return List.of();
    }

    /** Problems of a namespace finalizer: a standard name or a qualified one with a domain. */
    public static List<FieldError> finalizerName(String name, String path) {
        List<FieldError> errs = new ArrayList<>();
        for (String msg : Formats.isQualifiedName(name)) {
            errs.add(FieldError.invalid(path, name, msg));
        }
        if (errs.isEmpty() && !name.equals(KUBERNETES_FINALIZER) && !name.contains("/")) {
            errs.add(FieldError.invalid(path, name, "name is neither a standard finalizer name nor is it fully qualified"));
        }
        return errs;
    }

    @Override
    public Map<String, String> selectableFields(ObjectNode obj) {
        return Map.of("status.phase", obj.path("status").path("phase").asText(""));
    }
}
