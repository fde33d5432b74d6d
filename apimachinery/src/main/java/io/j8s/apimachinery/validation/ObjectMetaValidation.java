package io.j8s.apimachinery.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.FieldError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Validation of {@code metadata}, as apimachinery's {@code ValidateObjectMeta} and
 * {@code ValidateObjectMetaUpdate}: name and namespace, labels, annotations, owner references,
 * finalizers, and the fields an update may not change.
 */
public final class ObjectMetaValidation {

    private ObjectMetaValidation() {}

    /** The most bytes all annotations of one object may take, keys and values together. */
    public static final int TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

    private static final FieldPath METADATA = FieldPath.root("metadata");

    /** Problems of a new object's {@code metadata}. */
    public static List<FieldError> validate(JsonNode obj, boolean namespaced, NameValidator names) {
        return validateMetadata(obj.path("metadata"), namespaced, names, METADATA);
    }

    /** Problems of one {@code metadata} object at {@code path}. */
    public static List<FieldError> validateMetadata(JsonNode meta, boolean namespaced, NameValidator names, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        String generateName = meta.path("generateName").asText("");
        if (!generateName.isEmpty()) {
            for (String msg : names.validate(generateName, true)) {
                errs.add(FieldError.invalid(path.child("generateName").path(), generateName, msg));
            }
        }
        String name = meta.path("name").asText("");
        if (name.isEmpty()) {
            errs.add(FieldError.required(path.child("name").path(), "name or generateName is required"));
        } else {
            for (String msg : names.validate(name, false)) {
                errs.add(FieldError.invalid(path.child("name").path(), name, msg));
            }
        }
        String namespace = meta.path("namespace").asText("");
        if (namespaced) {
            if (namespace.isEmpty()) {
                errs.add(FieldError.required(path.child("namespace").path(), ""));
            } else {
                for (String msg : NameValidator.DNS1123_LABEL.validate(namespace, false)) {
                    errs.add(FieldError.invalid(path.child("namespace").path(), namespace, msg));
                }
            }
        } else if (!namespace.isEmpty()) {
            errs.add(FieldError.forbidden(path.child("namespace").path(), "not allowed on this type"));
        }
        if (meta.path("generation").asLong(0) < 0) {
            errs.add(FieldError.invalid(path.child("generation").path(), meta.path("generation").asLong(),
                    "must be greater than or equal to 0"));
        }
        errs.addAll(validateLabels(meta.path("labels"), path.child("labels")));
        errs.addAll(validateAnnotations(meta.path("annotations"), path.child("annotations")));
        errs.addAll(validateOwnerReferences(meta.path("ownerReferences"), path.child("ownerReferences")));
        errs.addAll(validateFinalizers(meta.path("finalizers"), path.child("finalizers")));
        return errs;
    }

    /**
     * Problems of an update's {@code metadata}: the new metadata's own problems plus changes to
     * name, namespace, uid, creationTimestamp and a decremented generation. An absent uid or
     * creationTimestamp counts as unchanged, since the registry fills them from the old object; the
     * registry also refuses finalizers added to an object being deleted, for every kind of write.
     */
    public static List<FieldError> validateUpdate(JsonNode obj, JsonNode old, boolean namespaced, NameValidator names) {
        JsonNode meta = obj.path("metadata");
        JsonNode oldMeta = old.path("metadata");
        List<FieldError> errs = new ArrayList<>(validateMetadata(meta, namespaced, names, METADATA));
        errs.addAll(validateImmutable(meta.path("name"), oldMeta.path("name"), METADATA.child("name")));
        errs.addAll(validateImmutable(meta.path("namespace"), oldMeta.path("namespace"), METADATA.child("namespace")));
        for (String f : List.of("uid", "creationTimestamp")) {
            if (!meta.path(f).isMissingNode() && !meta.path(f).isNull()) {
                errs.addAll(validateImmutable(meta.path(f), oldMeta.path(f), METADATA.child(f)));
            }
        }
        if (meta.path("generation").asLong(0) < oldMeta.path("generation").asLong(0)) {
            errs.add(FieldError.invalid("metadata.generation", meta.path("generation").asLong(0), "must not be decremented"));
        }
        return errs;
    }

    /** {@code field is immutable} when the values differ (absent and null are the same). */
    public static List<FieldError> validateImmutable(JsonNode value, JsonNode old, FieldPath path) {
        if (sameValue(value, old)) {
            return List.of();
        }
        return List.of(FieldError.invalid(path.path(), display(value), "field is immutable"));
    }

    /** Whether two values are equal, counting absent and null as one. */
    public static boolean sameValue(JsonNode a, JsonNode b) {
        boolean aEmpty = a == null || a.isMissingNode() || a.isNull();
        boolean bEmpty = b == null || b.isMissingNode() || b.isNull();
        if (aEmpty || bEmpty) {
            return aEmpty == bEmpty;
        }
        return a.equals(b);
    }

    /** A JSON value as a field error shows it: quoted text for strings, numbers, bare JSON otherwise. */
    public static Object display(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        return value;
    }

    /** Label keys must be qualified names and values valid label values. */
    public static List<FieldError> validateLabels(JsonNode labels, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            for (String msg : Formats.isQualifiedName(e.getKey())) {
                errs.add(FieldError.invalid(path.path(), e.getKey(), msg));
            }
            String value = e.getValue().isNull() ? "" : e.getValue().asText();
            for (String msg : Formats.isValidLabelValue(value)) {
                errs.add(FieldError.invalid(path.path(), value, msg));
            }
        }
        return errs;
    }

    /** Annotation keys must be qualified names (case-insensitively); all of them at most 256 KiB. */
    public static List<FieldError> validateAnnotations(JsonNode annotations, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        long total = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = annotations.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            for (String msg : Formats.isQualifiedName(e.getKey().toLowerCase(Locale.ROOT))) {
                errs.add(FieldError.invalid(path.path(), e.getKey(), msg));
            }
            total += e.getKey().getBytes(StandardCharsets.UTF_8).length
                    + e.getValue().asText("").getBytes(StandardCharsets.UTF_8).length;
        }
        if (total > TOTAL_ANNOTATION_SIZE_LIMIT) {
            errs.add(FieldError.tooLong(path.path(), "", TOTAL_ANNOTATION_SIZE_LIMIT));
        }
        return errs;
    }

    /** Each reference names its owner fully; at most one is the controller. */
    public static List<FieldError> validateOwnerReferences(JsonNode refs, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        String firstController = "";
        for (JsonNode ref : refs) {
            String apiVersion = ref.path("apiVersion").asText("");
            String version = apiVersion.contains("/") ? apiVersion.substring(apiVersion.indexOf('/') + 1) : apiVersion;
            if (version.isEmpty()) {
                errs.add(FieldError.invalid(path.child("apiVersion").path(), apiVersion, "version must not be empty"));
            }
            if (ref.path("kind").asText("").isEmpty()) {
                errs.add(FieldError.invalid(path.child("kind").path(), "", "kind must not be empty"));
            }
            if (ref.path("name").asText("").isEmpty()) {
                errs.add(FieldError.invalid(path.child("name").path(), "", "name must not be empty"));
            }
            if (ref.path("uid").asText("").isEmpty()) {
                errs.add(FieldError.invalid(path.child("uid").path(), "", "uid must not be empty"));
            }
            if (ref.path("controller").asBoolean(false)) {
                String current = ref.path("kind").asText("") + "/" + ref.path("name").asText("");
                if (!firstController.isEmpty()) {
                    errs.add(FieldError.invalid(path.path(), refs,
                            "Only one reference can have Controller set to true. Found \"true\" in references for "
                                    + firstController + " and " + current));
                } else {
                    firstController = current;
                }
            }
        }
        return errs;
    }

    /** Finalizers are qualified names; orphan and foreground deletion exclude each other. */
    public static List<FieldError> validateFinalizers(JsonNode finalizers, FieldPath path) {
        List<FieldError> errs = new ArrayList<>();
        List<String> names = texts(finalizers);
        for (String f : names) {
            for (String msg : Formats.isQualifiedName(f)) {
                errs.add(FieldError.invalid(path.path(), f, msg));
            }
        }
        if (names.contains("orphan") && names.contains("foregroundDeletion")) {
            errs.add(FieldError.invalid(path.path(), finalizers,
                    "finalizer orphan and foregroundDeletion cannot be both set"));
        }
        return errs;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (!Objects.requireNonNull(n).isNull()) {
                out.add(n.asText());
            }
        }
        return out;
    }
}
