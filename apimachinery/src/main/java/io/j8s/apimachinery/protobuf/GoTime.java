package io.j8s.apimachinery.protobuf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The JSON forms Kubernetes gives to time values: meta/v1 Time (RFC 3339, seconds), MicroTime
 * (RFC 3339, microseconds) and Duration (Go's {@code time.Duration} string).
 */
final class GoTime {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX");

    private static final long NANOS_PER_MICRO = 1_000L;
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NANOS_PER_MINUTE = 60 * NANOS_PER_SECOND;
    private static final long NANOS_PER_HOUR = 60 * NANOS_PER_MINUTE;

    private GoTime() {
    }

    /** RFC 3339 in UTC, truncated to seconds as metav1.Time marshals it. */
    static String formatTime(long seconds) {
        return SECONDS.format(Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.UTC));
    }

    /** RFC 3339 in UTC with exactly six fraction digits, as metav1.MicroTime marshals it. */
    static String formatMicroTime(long seconds, int nanos) {
        Instant instant = Instant.ofEpochSecond(seconds, nanos).truncatedTo(ChronoUnit.MICROS);
        return MICROS.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** Parses RFC 3339 with any offset and optional fraction. */
    static Instant parseTime(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("parsing time \"" + text + "\" as RFC 3339 failed");
        }
    }

    /** Go's Duration.String(): {@code 0s}, {@code 1.5s}, {@code 300ms}, {@code 1h2m3s}. */
    static String formatDuration(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        String sign = nanos < 0 ? "-" : "";
        // Long.MIN_VALUE has no positive counterpart; BigDecimal keeps the arithmetic exact
        BigDecimal u = BigDecimal.valueOf(nanos).abs();
        if (u.compareTo(BigDecimal.valueOf(NANOS_PER_SECOND)) < 0) {
            if (u.compareTo(BigDecimal.valueOf(NANOS_PER_MICRO)) < 0) {
                return sign + u.toPlainString() + "ns";
            }
            if (u.compareTo(BigDecimal.valueOf(NANOS_PER_MILLI)) < 0) {
                return sign + decimal(u, NANOS_PER_MICRO) + "µs";
            }
            return sign + decimal(u, NANOS_PER_MILLI) + "ms";
        }
        BigDecimal[] hours = u.divideAndRemainder(BigDecimal.valueOf(NANOS_PER_HOUR));
        BigDecimal[] minutes = hours[1].divideAndRemainder(BigDecimal.valueOf(NANOS_PER_MINUTE));
        String seconds = decimal(minutes[1], NANOS_PER_SECOND) + "s";
        if (hours[0].signum() > 0) {
            return sign + hours[0].toPlainString() + "h" + minutes[0].toPlainString() + "m" + seconds;
        }
        if (minutes[0].signum() > 0) {
            return sign + minutes[0].toPlainString() + "m" + seconds;
        }
        return sign + seconds;
    }

    private static String decimal(BigDecimal nanos, long unit) {
        BigDecimal value = nanos.divide(BigDecimal.valueOf(unit)).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }

    /** Parses Go's duration syntax ({@code 1h30m}, {@code -1.5s}, {@code 300ms}, {@code 0}) to nanoseconds. */
    static long parseDuration(String text) {
        String s = text;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return 0;
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("invalid duration \"" + text + "\"");
        }
        BigDecimal total = BigDecimal.ZERO;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            int unitStart = i;
            while (i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') {
                i++;
            }
            if (start == unitStart || unitStart == i) {
                throw new IllegalArgumentException("invalid duration \"" + text + "\"");
            }
            BigDecimal number;
            try {
                number = new BigDecimal(s.substring(start, unitStart));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid duration \"" + text + "\"");
            }
            total = total.add(number.multiply(BigDecimal.valueOf(unitNanos(s.substring(unitStart, i), text))));
        }
        try {
            BigDecimal signed = negative ? total.negate() : total;
            return signed.setScale(0, java.math.RoundingMode.DOWN).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("invalid duration \"" + text + "\"");
        }
    }

    private static long unitNanos(String unit, String text) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "µs", "μs" -> NANOS_PER_MICRO;
            case "ms" -> NANOS_PER_MILLI;
            case "s" -> NANOS_PER_SECOND;
            case "m" -> NANOS_PER_MINUTE;
            case "h" -> NANOS_PER_HOUR;
            default -> throw new IllegalArgumentException("unknown unit \"" + unit + "\" in duration \"" + text + "\"");
        };
    }
}
