package io.j8s.apimachinery.api;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.StatusCause;
import io.fabric8.kubernetes.api.model.StatusDetails;
import io.fabric8.kubernetes.api.model.StatusDetailsBuilder;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A failed API request, carrying the {@code Status} the client receives. Build one with the
 * factory methods, which word messages as the Kubernetes API server does; the HTTP layer writes
 * {@link #status()} as the response body with {@link #code()} as the HTTP status.
 */
public final class ApiException extends RuntimeException {

    private final transient Status status;

    public ApiException(Status status) {
        super(status.getMessage(), null, false, false);
        this.status = status;
    }

    public Status status() {
        return status;
    }

    public int code() {
        return status.getCode();
    }

    public String reason() {
        return status.getReason();
    }

    /** A resource named as Kubernetes does in messages: {@code pods}, {@code deployments.apps}. */
    public record GroupResource(String group, String resource) {
        @Override
        public String toString() {
            return group == null || group.isEmpty() ? resource : resource + "." + group;
        }
    }

    public static ApiException of(int code, String reason, String message, StatusDetails details) {
        return new ApiException(new StatusBuilder()
                .withApiVersion("v1")
                .withKind("Status")
                .withNewMetadata().endMetadata()
                .withStatus("Failure")
                .withCode(code)
                .withReason(reason)
                .withMessage(message)
                .withDetails(details)
                .build());
    }

    private static StatusDetails details(GroupResource gr, String name) {
        return new StatusDetailsBuilder()
                .withName(name == null || name.isEmpty() ? null : name)
                .withGroup(gr.group() == null || gr.group().isEmpty() ? null : gr.group())
                .withKind(gr.resource())
                .build();
    }

    public static ApiException notFound(GroupResource gr, String name) {
        return of(404, "NotFound", gr + " \"" + name + "\" not found", details(gr, name));
    }

    public static ApiException alreadyExists(GroupResource gr, String name) {
        return of(409, "AlreadyExists", gr + " \"" + name + "\" already exists", details(gr, name));
    }

    /** A stale resourceVersion or a failed precondition. */
    public static ApiException conflict(GroupResource gr, String name, String why) {
        return of(409, "Conflict", "Operation cannot be fulfilled on " + gr + " \"" + name + "\": " + why,
                details(gr, name));
    }

    public static ApiException conflictModified(GroupResource gr, String name) {
        return conflict(gr, name, "the object has been modified; please apply your changes to the latest version and try again");
    }

    /** 422 with one cause per field error: {@code Pod "p" is invalid: [a: Required value, b: ...]}. */
    public static ApiException invalid(String kind, String group, String name, List<FieldError> errors) {
        String summary = errors.size() == 1
                ? errors.get(0).message()
                : errors.stream().map(FieldError::message).collect(Collectors.joining(", ", "[", "]"));
        List<StatusCause> causes = errors.stream()
                .map(e -> new StatusCause(e.field(), e.message(), e.type().reason()))
                .toList();
        StatusDetails details = new StatusDetailsBuilder()
                .withName(name == null || name.isEmpty() ? null : name)
                .withGroup(group == null || group.isEmpty() ? null : group)
                .withKind(kind)
                .withCauses(causes)
                .build();
        String qualifiedKind = group == null || group.isEmpty() ? kind : kind + "." + group;
        return of(422, "Invalid", qualifiedKind + " \"" + (name == null ? "" : name) + "\" is invalid: " + summary, details);
    }

    public static ApiException badRequest(String message) {
        return of(400, "BadRequest", message, null);
    }

    public static ApiException unauthorized(String message) {
        return of(401, "Unauthorized", message, null);
    }

    public static ApiException forbidden(GroupResource gr, String name, String why) {
        String target = name == null || name.isEmpty() ? gr.toString() : gr + " \"" + name + "\"";
        return of(403, "Forbidden", target + " is forbidden: " + why, details(gr, name));
    }

    public static ApiException methodNotSupported(GroupResource gr, String verb) {
        return of(405, "MethodNotAllowed", verb + " is not supported on resources of kind \"" + gr + "\"",
                details(gr, null));
    }

    public static ApiException notAcceptable(String message) {
        return of(406, "NotAcceptable", message, null);
    }

    public static ApiException unsupportedMediaType(String contentType) {
        return of(415, "UnsupportedMediaType", "the body of the request was in an unknown format - accepted media types include: "
                + "application/json, application/yaml, application/vnd.kubernetes.protobuf" + (contentType == null ? "" : " (got " + contentType + ")"), null);
    }

    /** 410 Expired: a list or watch from a compacted resourceVersion. */
    public static ApiException expired(String message) {
        return of(410, "Expired", message, null);
    }

    public static ApiException gone(String message) {
        return of(410, "Gone", message, null);
    }

    public static ApiException tooLarge(String message) {
        return of(413, "RequestEntityTooLarge", message, null);
    }

    public static ApiException tooManyRequests(String message) {
        return of(429, "TooManyRequests", message, null);
    }

    public static ApiException internal(String message) {
        return of(500, "InternalError", "Internal error occurred: " + message, null);
    }

    public static ApiException serviceUnavailable(String message) {
        return of(503, "ServiceUnavailable", message, null);
    }

    public static ApiException timeout(String message) {
        return of(504, "Timeout", message, null);
    }
}
