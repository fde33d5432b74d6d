package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Resource-specific steps around the generic store's writes, as Kubernetes' per-resource REST
 * wrappers add them (the services registry allocates ClusterIPs and NodePorts). The generic store
 * calls {@code before*} after validation and just before the write, then exactly one of
 * {@link Reservation#commit()} (the write happened) or {@link Reservation#rollback()} (it did not).
 */
public interface ResourceHooks {

    /** Hooks that do nothing. */
    ResourceHooks NONE = new ResourceHooks() {};

    /** What a {@code before*} step reserved, to keep or give back once the write's outcome is known. */
    interface Reservation {
        Reservation NONE = new Reservation() {};

        default void commit() {}

        default void rollback() {}
    }

    /** Before a create is stored; may fill fields of {@code obj}. Refusals are ApiExceptions. */
    default Reservation beforeCreate(ObjectNode obj, boolean dryRun) {
        return Reservation.NONE;
    }

    /** Before an update is stored; may fill fields of {@code obj} from {@code old}. */
    default Reservation beforeUpdate(ObjectNode obj, ObjectNode old, boolean dryRun) {
        return Reservation.NONE;
    }

    /** After an object is gone from the store. */
    default void afterDelete(ObjectNode obj) {}
}
