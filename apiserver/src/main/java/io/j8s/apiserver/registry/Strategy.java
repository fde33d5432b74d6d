package io.j8s.apiserver.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import java.util.List;
import java.util.Map;

/**
 * How one resource is defaulted and validated, as Kubernetes' {@code RESTCreateStrategy} and
 * {@code RESTUpdateStrategy} do. The registry handles what is common to all objects (uid,
 * resourceVersion, generation, timestamps, the status split); a strategy handles the rest. All
 * methods work on the wire JSON tree and may mutate the object passed in; implementations are
 * stateless and thread-safe.
 */
public interface Strategy {

    /** Fills defaults, as Kubernetes' defaulting functions do. Runs on every create and update. */
    default void applyDefaults(ObjectNode obj) {}

    /** Resource-specific changes before create, such as clearing status or setting a phase. */
    default void prepareForCreate(ObjectNode obj) {}

    /** Resource-specific changes before update, such as keeping fields only the server sets. */
    default void prepareForUpdate(ObjectNode obj, ObjectNode old) {}

    /** All problems of a new object, metadata included. Empty means valid. */
    default List<FieldError> validate(ObjectNode obj) {
        return List.of();
    }

    /** All problems of an update, immutable fields included. Empty means valid. */
    default List<FieldError> validateUpdate(ObjectNode obj, ObjectNode old) {
        return validate(obj);
    }

    /** Problems of a write to the status subresource. */
    default List<FieldError> validateStatusUpdate(ObjectNode obj, ObjectNode old) {
        return List.of();
    }

    /**
     * Paths of fields the kind does not define (such as {@code spec.containers[0].imagee}), for
     * {@code fieldValidation=Strict} (a 400 error) and {@code Warn} (warnings).
     */
    default List<String> unknownFields(ObjectNode obj) {
        return List.of();
    }

    /**
     * The values of the fields this resource can be selected by in a field selector, beyond
     * {@code metadata.name} and {@code metadata.namespace} which the registry adds itself: for pods
     * {@code spec.nodeName}, {@code status.phase}...
     */
    default Map<String, String> selectableFields(ObjectNode obj) {
        return Map.of();
    }

    /** Whether a PUT of a missing object creates it, as Kubernetes allows for a few kinds (Endpoints, Leases...). */
    default boolean allowCreateOnUpdate() {
        return false;
    }

    /** Whether an update without metadata.resourceVersion is allowed (last write wins). */
    default boolean allowUnconditionalUpdate() {
        return true;
    }
}
