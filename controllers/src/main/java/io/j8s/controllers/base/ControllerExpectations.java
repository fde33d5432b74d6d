package io.j8s.controllers.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * client-go's {@code ControllerExpectations}: a controller records how many creates/deletes it issued for a key and
 * does not act on that key again until its informer has observed them (or five minutes pass, in case a watch event
 * was lost). Thread-safe.
 */
public final class ControllerExpectations {

    /** Kubernetes' ExpectationsTimeout. */
    public static final Duration TIMEOUT = Duration.ofMinutes(5);

    private record Expectation(long add, long del, Set<String> deleteKeys, Instant timestamp) {
        Expectation(long add, long del, Instant timestamp) {
            this(add, del, Set.of(), timestamp);
        }
    }

    private final Clock clock;
    private final ConcurrentHashMap<String, Expectation> byKey = new ConcurrentHashMap<>();

    public ControllerExpectations(Clock clock) {
        this.clock = clock;
    }

    /** True when no expectation is pending for {@code key}: all were observed, none were set, or they expired. */
    public boolean satisfied(String key) {
        Expectation e = byKey.get(key);
        if (e == null) {
            return true;
        }
        return (e.add <= 0 && e.del <= 0) || Duration.between(e.timestamp, clock.instant()).compareTo(TIMEOUT) > 0;
    }

    /** Replaces the key's expectations with {@code adds} creations. */
    public void expectCreations(String key, int adds) {
        byKey.put(key, new Expectation(adds, 0, clock.instant()));
    }

    /** Replaces the key's expectations with {@code dels} deletions. */
    public void expectDeletions(String key, int dels) {
        byKey.put(key, new Expectation(0, dels, clock.instant()));
    }

    /**
     * Replaces the key's expectations with the deletion of these objects (by {@code namespace/name}); each counts
     * once however many times {@link #deletionObserved(String, String)} reports it, like client-go's
     * UIDTrackingControllerExpectations.
     */
    public void expectDeletions(String key, Collection<String> objectKeys) {
        byKey.put(key, new Expectation(0, objectKeys.size(), Set.copyOf(objectKeys), clock.instant()));
    }

    /** The informer saw {@code objectKey} deleted (or marked for deletion); counts only if it was expected. */
    public void deletionObserved(String key, String objectKey) {
        byKey.computeIfPresent(key, (k, e) -> {
            if (!e.deleteKeys.contains(objectKey)) {
                return e;
            }
            Set<String> rest = new HashSet<>(e.deleteKeys);
            rest.remove(objectKey);
            return new Expectation(e.add, e.del - 1, Set.copyOf(rest), e.timestamp);
        });
    }

    /** The informer saw one creation (or a create failed and will never be seen). */
    public void creationObserved(String key) {
        byKey.computeIfPresent(key, (k, e) -> new Expectation(e.add - 1, e.del, e.deleteKeys, e.timestamp));
    }

    /** The informer saw one deletion (or a delete failed). */
    public void deletionObserved(String key) {
        byKey.computeIfPresent(key, (k, e) -> new Expectation(e.add, e.del - 1, e.deleteKeys, e.timestamp));
    }

    /** Forgets the key, e.g. when its owner is deleted. */
    public void delete(String key) {
        byKey.remove(key);
    }
}
