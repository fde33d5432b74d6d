package io.j8s.apiserver.table;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Ages as kubectl shows them: Kubernetes' {@code duration.HumanDuration} ({@code 45s}, {@code 3m20s},
 * {@code 5h}, {@code 2d3h}, {@code 3y}) and the printers' {@code translateTimestampSince}
 * ({@code <unknown>} for a missing timestamp).
 */
public final class HumanDuration {

    private HumanDuration() {}

    /** Formats a duration, two seconds of clock skew into the future reading as {@code 0s}. */
    public static String format(Duration d) {
        long seconds = d.getSeconds();
        if (seconds < -1) return "<invalid>";
        if (seconds < 0) return "0s";
        if (seconds < 60 * 2) return seconds + "s";
        long minutes = d.toMinutes();
        if (minutes < 10) {
            long s = seconds % 60;
            return s == 0 ? minutes + "m" : minutes + "m" + s + "s";
        }
        if (minutes < 60 * 3) return minutes + "m";
        long hours = d.toHours();
        if (hours < 8) {
            long m = minutes % 60;
            return m == 0 ? hours + "h" : hours + "h" + m + "m";
        }
        if (hours < 48) return hours + "h";
        if (hours < 24 * 8) {
            long h = hours % 24;
            return h == 0 ? hours / 24 + "d" : hours / 24 + "d" + h + "h";
        }
        if (hours < 24 * 365 * 2) return hours / 24 + "d";
        if (hours < 24 * 365 * 8) {
            long days = (hours / 24) % 365;
            return days == 0 ? hours / 24 / 365 + "y" : hours / 24 / 365 + "y" + days + "d";
        }
        return hours / 24 / 365 + "y";
    }

    /** The age of an RFC 3339 timestamp at {@code now}, or {@code <unknown>} if it is missing or unreadable. */
    public static String since(String timestamp, Instant now) {
        Instant then = parse(timestamp);
        return then == null ? "<unknown>" : format(Duration.between(then, now));
    }

    /** Parses an RFC 3339 timestamp (Time or MicroTime), null if missing or unreadable. */
    static Instant parse(String timestamp) {
        if (timestamp == null || timestamp.isEmpty()) return null;
        try {
            return OffsetDateTime.parse(timestamp).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
