package io.j8s.apiserver.registry;

import java.util.Set;

/** The query parameters of a request, decoded and checked by the HTTP layer. */
public final class RequestOptions {

    private RequestOptions() {}

    /** {@code fieldValidation}: what to do with unknown or duplicate fields. */
    public enum FieldValidation { IGNORE, WARN, STRICT }

    /**
     * Options of create, update and patch.
     *
     * @param dryRun {@code dryRun=All}: run everything but the write
     * @param fieldManager the manager name for managed fields (may be null)
     * @param fieldValidation unknown-field handling
     * @param force {@code force=true} on server-side apply
     * @param warnings sink for {@code Warning} headers (unknown fields under Warn, deprecations)
     */
    public record Write(boolean dryRun, String fieldManager, FieldValidation fieldValidation, boolean force,
                        Warnings warnings) {
        public static Write defaults() {
            return new Write(false, null, FieldValidation.WARN, false, Warnings.NONE);
        }
    }

    /** @param resourceVersion the {@code resourceVersion} parameter, or null */
    public record Get(String resourceVersion) {
        public static Get latest() {
            return new Get(null);
        }
    }

    /**
     * Options of list and watch.
     *
     * @param labelSelector the raw {@code labelSelector}, or null
     * @param fieldSelector the raw {@code fieldSelector}, or null
     * @param limit {@code limit}, 0 for none
     * @param continueToken {@code continue}, or null
     * @param resourceVersion {@code resourceVersion}, or null
     * @param resourceVersionMatch {@code resourceVersionMatch} (NotOlderThan, Exact), or null
     * @param timeoutSeconds {@code timeoutSeconds} for watches, 0 for the server's default
     * @param allowWatchBookmarks {@code allowWatchBookmarks}
     * @param sendInitialEvents {@code sendInitialEvents}, or null when absent
     */
    public record ListOptions(String labelSelector, String fieldSelector, long limit, String continueToken,
                              String resourceVersion, String resourceVersionMatch, long timeoutSeconds,
                              boolean allowWatchBookmarks, Boolean sendInitialEvents) {
        public static ListOptions all() {
            return new ListOptions(null, null, 0, null, null, null, 0, false, null);
        }
    }

    /**
     * DeleteOptions, from the body or the query.
     *
     * @param gracePeriodSeconds null for the resource's default
     * @param propagationPolicy Orphan, Background or Foreground; null for the resource's default
     * @param preconditionUid {@code preconditions.uid}, or null
     * @param preconditionResourceVersion {@code preconditions.resourceVersion}, or null
     * @param dryRun {@code dryRun=All}
     */
    public record Delete(Long gracePeriodSeconds, String propagationPolicy, String preconditionUid,
                         String preconditionResourceVersion, boolean dryRun) {
        public static Delete defaults() {
            return new Delete(null, null, null, null, false);
        }
    }

    /** Collects {@code Warning} response headers (299 warnings) while a request runs. */
    public interface Warnings {
        Warnings NONE = text -> {};

        void add(String text);
    }

    /** The dry-run values Kubernetes accepts. */
    public static final Set<String> DRY_RUN_VALUES = Set.of("All");
}
