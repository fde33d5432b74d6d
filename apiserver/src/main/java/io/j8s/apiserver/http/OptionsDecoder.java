package io.j8s.apiserver.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apiserver.registry.PatchType;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.RequestOptions.FieldValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns query parameters (and a DeleteOptions body) into {@link RequestOptions}, rejecting what
 * Kubernetes rejects: malformed numbers and booleans are 400 Bad Request; unsupported
 * {@code dryRun} or {@code fieldValidation} values are 422 Invalid on the meta.k8s.io options kind,
 * as Kubernetes' {@code ValidateCreateOptions} words them.
 */
final class OptionsDecoder {

    private static final List<String> FIELD_VALIDATION_VALUES = List.of("Ignore", "Strict", "Warn");
    private static final Set<String> PROPAGATION_POLICIES = Set.of("Orphan", "Background", "Foreground");
    private static final int MAX_FIELD_MANAGER_LENGTH = 128;

    /** Options of a create ({@code CreateOptions}) or update ({@code UpdateOptions}). */
    RequestOptions.Write write(QueryParameters q, String optionsKind, RequestOptions.Warnings warnings) {
        List<FieldError> errors = new ArrayList<>();
        boolean dryRun = dryRun(q.all("dryRun"), errors);
        FieldValidation validation = fieldValidation(q.first("fieldValidation"), errors);
        String fieldManager = fieldManager(q.first("fieldManager"), errors);
        failIfAny(optionsKind, errors);
        return new RequestOptions.Write(dryRun, fieldManager, validation, false, warnings);
    }

    /** Options of a patch ({@code PatchOptions}): apply needs a field manager, force is for apply only. */
    RequestOptions.Write patch(QueryParameters q, PatchType type, RequestOptions.Warnings warnings) {
        List<FieldError> errors = new ArrayList<>();
        boolean dryRun = dryRun(q.all("dryRun"), errors);
        FieldValidation validation = fieldValidation(q.first("fieldValidation"), errors);
        String fieldManager = fieldManager(q.first("fieldManager"), errors);
        boolean force = q.has("force") && bool(q, "force");
        if (type == PatchType.APPLY) {
            if (fieldManager == null || fieldManager.isEmpty()) {
                errors.add(FieldError.required("fieldManager", "is required for apply patch"));
            }
        } else if (q.has("force")) {
            errors.add(FieldError.forbidden("force", "may not be specified for non-apply patch"));
        }
        failIfAny("PatchOptions", errors);
        return new RequestOptions.Write(dryRun, fieldManager, validation, force, warnings);
    }

    RequestOptions.Get get(QueryParameters q) {
        return new RequestOptions.Get(emptyToNull(q.first("resourceVersion")));
    }

    /** List and watch options; {@code defaultTimeoutSeconds} fills an absent {@code timeoutSeconds}. */
    RequestOptions.ListOptions list(QueryParameters q, long defaultTimeoutSeconds) {
        long limit = q.has("limit") ? number(q, "limit") : 0;
        long timeout = q.has("timeoutSeconds") ? number(q, "timeoutSeconds") : 0;
        Boolean sendInitialEvents = q.has("sendInitialEvents") ? bool(q, "sendInitialEvents") : null;
        return new RequestOptions.ListOptions(
                emptyToNull(q.first("labelSelector")),
                emptyToNull(q.first("fieldSelector")),
                Math.max(0, limit),
                emptyToNull(q.first("continue")),
                emptyToNull(q.first("resourceVersion")),
                emptyToNull(q.first("resourceVersionMatch")),
                timeout > 0 ? timeout : defaultTimeoutSeconds,
                q.has("allowWatchBookmarks") && bool(q, "allowWatchBookmarks"),
                sendInitialEvents);
    }

    /** Whether the request asks to watch: {@code watch=true} or {@code watch=1}. */
    boolean watch(QueryParameters q) {
        return q.has("watch") && bool(q, "watch");
    }

    /**
     * DeleteOptions: the body wins field by field over the query, as Kubernetes decodes the query
     * first and then the body into the same struct.
     */
    RequestOptions.Delete delete(QueryParameters q, ObjectNode body) {
        List<FieldError> errors = new ArrayList<>();
        Long grace = q.has("gracePeriodSeconds") ? number(q, "gracePeriodSeconds") : null;
        String policy = emptyToNull(q.first("propagationPolicy"));
        List<String> dryRunValues = q.all("dryRun");
        String uid = null;
        String rv = null;
        if (q.has("orphanDependents") && policy == null) {
            policy = bool(q, "orphanDependents") ? "Orphan" : null;
        }
        if (body != null) {
            JsonNode g = body.get("gracePeriodSeconds");
            if (g != null && !g.isNull()) {
                if (!g.canConvertToLong()) {
                    throw ApiException.badRequest("json: cannot unmarshal " + g.getNodeType().name().toLowerCase()
                            + " into Go struct field DeleteOptions.gracePeriodSeconds of type int64");
                }
                grace = g.asLong();
            }
            if (body.hasNonNull("propagationPolicy")) {
                policy = body.get("propagationPolicy").asText();
            } else if (body.hasNonNull("orphanDependents") && body.get("orphanDependents").asBoolean()) {
                policy = "Orphan";
            }
            JsonNode pre = body.get("preconditions");
            if (pre != null && pre.isObject()) {
                uid = pre.hasNonNull("uid") ? pre.get("uid").asText() : null;
                rv = pre.hasNonNull("resourceVersion") ? pre.get("resourceVersion").asText() : null;
            }
            JsonNode d = body.get("dryRun");
            if (d != null && d.isArray()) {
                List<String> values = new ArrayList<>();
                d.forEach(v -> values.add(v.asText()));
                dryRunValues = values;
            }
        }
        boolean dryRun = dryRun(dryRunValues, errors);
        if (grace != null && grace < 0) {
            grace = 0L;
        }
        if (policy != null && !PROPAGATION_POLICIES.contains(policy)) {
            errors.add(FieldError.notSupported("propagationPolicy", policy, List.of("Foreground", "Background", "Orphan", "nil")));
        }
        failIfAny("DeleteOptions", errors);
        return new RequestOptions.Delete(grace, policy, uid, rv, dryRun);
    }

    private static boolean dryRun(List<String> values, List<FieldError> errors) {
        if (values.isEmpty()) {
            return false;
        }
        if (!RequestOptions.DRY_RUN_VALUES.containsAll(values)) {
            errors.add(FieldError.notSupported("dryRun", new GoStringSlice(values), List.of("All")));
            return false;
        }
        return true;
    }

    private static FieldValidation fieldValidation(String value, List<FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return FieldValidation.WARN;
        }
        return switch (value) {
            case "Ignore" -> FieldValidation.IGNORE;
            case "Warn" -> FieldValidation.WARN;
            case "Strict" -> FieldValidation.STRICT;
            default -> {
                errors.add(FieldError.notSupported("fieldValidation", value, FIELD_VALIDATION_VALUES));
                yield FieldValidation.WARN;
            }
        };
    }

    private static String fieldManager(String value, List<FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > MAX_FIELD_MANAGER_LENGTH) {
            errors.add(FieldError.tooLong("fieldManager", value, MAX_FIELD_MANAGER_LENGTH));
        } else if (!value.chars().allMatch(c -> c >= 0x20 && c != 0x7f)) {
            errors.add(FieldError.invalid("fieldManager", value, "must consist of printable characters"));
        }
        return value;
    }

    private static void failIfAny(String optionsKind, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(optionsKind, "meta.k8s.io", "", errors);
        }
    }

    private static long number(QueryParameters q, String name) {
        String v = q.first(name);
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("strconv.ParseInt: parsing \"" + v + "\": invalid syntax");
        }
    }

    /** Kubernetes' query conversion of a boolean: {@code 0} and {@code false} are false, anything else true. */
    private static boolean bool(QueryParameters q, String name) {
        String v = q.first(name);
        return !(v.equals("0") || v.equalsIgnoreCase("false"));
    }

    /** A value printed as Go's {@code %#v} prints a string slice, unquoted by {@link FieldError}. */
    private record GoStringSlice(List<String> values) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("[]string{");
            for (int i = 0; i < values.size(); i++) {
                s.append(i == 0 ? "" : ", ").append('"').append(values.get(i)).append('"');
            }
            return s.append('}').toString();
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
