package io.j8s.controllers.garbagecollector;

import io.fabric8.kubernetes.api.model.OwnerReference;
import java.util.List;
import java.util.function.Predicate;

/** What the collector does with a dependent given which of its owners are gone. */
sealed interface OwnerVerdict {

    /** Every owner still exists (or the object has no owners): nothing to do. */
    record Keep() implements OwnerVerdict {
    }

    /** Every owner is gone: the dependent is garbage and is deleted in the background. */
    record Delete() implements OwnerVerdict {
    }

    /** Some owners are gone, others remain: the dangling references (by UID) are removed. */
    record RemoveReferences(List<String> uids) implements OwnerVerdict {
    }

    /** Decides from the owner references and a test of absence (absent, or present with another UID). */
    static OwnerVerdict decide(List<OwnerReference> refs, Predicate<OwnerReference> absent) {
        if (refs == null || refs.isEmpty()) {
            return new Keep();
        }
        List<String> dangling = refs.stream().filter(absent).map(OwnerReference::getUid).toList();
        if (dangling.isEmpty()) {
            return new Keep();
        }
        return dangling.size() == refs.size() ? new Delete() : new RemoveReferences(dangling);
    }
}
