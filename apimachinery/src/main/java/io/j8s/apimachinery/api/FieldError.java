package io.j8s.apimachinery.api;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * One invalid field, worded as Kubernetes' {@code field.Error} words it, for example
 * {@code spec.containers[0].name: Required value}.
 *
 * @param type the kind of problem
 * @param field the field path, such as {@code metadata.name} or {@code spec.ports[1].port}
 * @param badValue the offending value, or null when there is none to show
 * @param detail extra words, possibly empty
 */
public record FieldError(Type type, String field, Object badValue, String detail) {

    /** Kubernetes' {@code field.ErrorType}: the cause reason and the words before the value. */
    public enum Type {
        NOT_FOUND("FieldValueNotFound", "Not found"),
        REQUIRED("FieldValueRequired", "Required value"),
        DUPLICATE("FieldValueDuplicate", "Duplicate value"),
        INVALID("FieldValueInvalid", "Invalid value"),
        NOT_SUPPORTED("FieldValueNotSupported", "Unsupported value"),
        FORBIDDEN("FieldValueForbidden", "Forbidden"),
        TOO_LONG("FieldValueTooLong", "Too long"),
        TOO_MANY("FieldValueTooMany", "Too many"),
        INTERNAL("InternalError", "Internal error"),
        TYPE_INVALID("FieldValueTypeInvalid", "Invalid value");

        private final String reason;
        private final String words;

        Type(String reason, String words) {
            this.reason = reason;
            this.words = words;
        }

        /** The {@code StatusCause.reason}, for example {@code FieldValueRequired}. */
        public String reason() {
            return reason;
        }

        public String words() {
            return words;
        }
    }

    public static FieldError required(String field, String detail) {
        return new FieldError(Type.REQUIRED, field, null, detail);
    }

    public static FieldError invalid(String field, Object value, String detail) {
        return new FieldError(Type.INVALID, field, value, detail);
    }

    public static FieldError forbidden(String field, String detail) {
        return new FieldError(Type.FORBIDDEN, field, null, detail);
    }

    public static FieldError duplicate(String field, Object value) {
        return new FieldError(Type.DUPLICATE, field, value, "");
    }

    public static FieldError notFound(String field, Object value) {
        return new FieldError(Type.NOT_FOUND, field, value, "");
    }

    public static FieldError tooLong(String field, Object value, int max) {
        return new FieldError(Type.TOO_LONG, field, value, "may not be more than " + max + " bytes");
    }

    public static FieldError tooMany(String field, int actual, int max) {
        return new FieldError(Type.TOO_MANY, field, actual, "must have at most " + max + " items");
    }

    public static FieldError notSupported(String field, Object value, Collection<String> supported) {
        String valid = supported.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", "));
        return new FieldError(Type.NOT_SUPPORTED, field, value, supported.isEmpty() ? "" : "supported values: " + valid);
    }

    /** The words after the field, as in {@code Invalid value: "Foo": a lowercase RFC 1123 label must ...}. */
    public String body() {
        StringBuilder s = new StringBuilder(type.words());
        boolean showValue = switch (type) {
            case REQUIRED, FORBIDDEN, TOO_LONG, INTERNAL -> false;
            default -> badValue != null;
        };
        if (showValue) {
            s.append(": ").append(quote(badValue));
        }
        if (detail != null && !detail.isEmpty()) {
            s.append(": ").append(detail);
        }
        return s.toString();
    }

    /** The whole message, {@code field: body}. */
    public String message() {
        return field + ": " + body();
    }

    private static String quote(Object value) {
        if (value instanceof String str) {
            return "\"" + str.replace("\"", "\\\"") + "\"";
        }
        return String.valueOf(value);
    }

    @Override
    public String toString() {
        return message();
    }
}
