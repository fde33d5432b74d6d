package io.j8s.controllers.base;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import java.util.function.Consumer;

/** Informer event handlers that turn object changes into work-queue keys. */
public final class KeyHandlers {

    private KeyHandlers() {
    }

    /** Enqueues the changed object's own key on add, update and delete. */
    public static <T extends HasMetadata> ResourceEventHandler<T> enqueue(WorkQueue queue) {
        return on(obj -> queue.add(Keys.of(obj)));
    }

    /**
     * Enqueues the key of the changed object's controller when that controller is of {@code ownerKind} (on update,
     * of both the old and the new controller when it changed).
     */
    public static <T extends HasMetadata> ResourceEventHandler<T> enqueueController(WorkQueue queue, String ownerKind) {
        Consumer<T> enqueueOwner = obj -> OwnerReferences.controllerOf(obj)
                .filter(ref -> ownerKind.equals(ref.getKind()))
                .ifPresent(ref -> queue.add(Keys.of(obj.getMetadata().getNamespace(), ref.getName())));
        return new ResourceEventHandler<>() {
            @Override
            public void onAdd(T obj) {
                enqueueOwner.accept(obj);
            }

            @Override
            public void onUpdate(T oldObj, T newObj) {
                enqueueOwner.accept(oldObj);
                enqueueOwner.accept(newObj);
            }

            @Override
            public void onDelete(T obj, boolean deletedFinalStateUnknown) {
                enqueueOwner.accept(obj);
            }
        };
    }

    /** Calls {@code action} with the object on add, with the new object on update, and on delete. */
    public static <T extends HasMetadata> ResourceEventHandler<T> on(Consumer<T> action) {
        return new ResourceEventHandler<>() {
            @Override
            public void onAdd(T obj) {
                action.accept(obj);
            }

            @Override
            public void onUpdate(T oldObj, T newObj) {
                action.accept(newObj);
            }

            @Override
            public void onDelete(T obj, boolean deletedFinalStateUnknown) {
                action.accept(obj);
            }
        };
    }
}
