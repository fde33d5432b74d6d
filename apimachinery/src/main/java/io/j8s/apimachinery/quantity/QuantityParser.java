package io.j8s.apimachinery.quantity;

import io.j8s.apimachinery.quantity.Quantity.Format;
import java.math.BigDecimal;

/**
 * Kubernetes' {@code parseQuantityString} and suffix interpretation, step for step, so that the
 * same strings are accepted and the same errors reported.
 */
final class QuantityParser {

    private static final String SUFFIX_CHARS = "eEinumkKMGTP";

    private QuantityParser() {}

    private record Parts(String value, String suffix) {}

    private record Suffix(int base, int exponent, Format format) {}

    static Quantity parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(Quantity.FORMAT_ERROR);
        }
        Parts parts = split(text);
        Suffix suffix = interpret(parts.suffix());
        BigDecimal amount;
        try {
            amount = new BigDecimal(parts.value());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Quantity.NUMERIC_ERROR);
        }
        if (suffix.base() == 10) {
            amount = amount.scaleByPowerOfTen(suffix.exponent());
        } else {
            amount = amount.multiply(new BigDecimal(java.math.BigInteger.ONE.shiftLeft(suffix.exponent())));
        }
        return Quantity.normalized(amount, suffix.format());
    }

    private static Parts split(String s) {
        int end = s.length();
        int pos = 0;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            pos++;
        }
        while (pos < end && s.charAt(pos) == '0') {
            pos++;
        }
        if (pos >= end) {
            return new Parts("0", "");
        }
        while (pos < end && isDigit(s.charAt(pos))) {
            pos++;
        }
        if (pos < end && s.charAt(pos) == '.') {
            pos++;
            while (pos < end && isDigit(s.charAt(pos))) {
                pos++;
            }
        }
        String value = s.substring(0, pos);
        int suffixStart = pos;
        while (pos < end && SUFFIX_CHARS.indexOf(s.charAt(pos)) >= 0) {
            pos++;
        }
        if (pos < end && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
            pos++;
        }
        while (pos < end && isDigit(s.charAt(pos))) {
            pos++;
        }
        if (pos < end) {
            throw new IllegalArgumentException(Quantity.FORMAT_ERROR);
        }
        return new Parts(value, s.substring(suffixStart));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Suffix interpret(String suffix) {
        Suffix known = switch (suffix) {
            case "n" -> new Suffix(10, -9, Format.DECIMAL_SI);
            case "u" -> new Suffix(10, -6, Format.DECIMAL_SI);
            case "m" -> new Suffix(10, -3, Format.DECIMAL_SI);
            case "" -> new Suffix(10, 0, Format.DECIMAL_SI);
            case "k" -> new Suffix(10, 3, Format.DECIMAL_SI);
            case "M" -> new Suffix(10, 6, Format.DECIMAL_SI);
            case "G" -> new Suffix(10, 9, Format.DECIMAL_SI);
            case "T" -> new Suffix(10, 12, Format.DECIMAL_SI);
            case "P" -> new Suffix(10, 15, Format.DECIMAL_SI);
            case "E" -> new Suffix(10, 18, Format.DECIMAL_SI);
            case "Ki" -> new Suffix(2, 10, Format.BINARY_SI);
            case "Mi" -> new Suffix(2, 20, Format.BINARY_SI);
            case "Gi" -> new Suffix(2, 30, Format.BINARY_SI);
            case "Ti" -> new Suffix(2, 40, Format.BINARY_SI);
            case "Pi" -> new Suffix(2, 50, Format.BINARY_SI);
            case "Ei" -> new Suffix(2, 60, Format.BINARY_SI);
            default -> null;
        };
        if (known != null) {
            return known;
        }
        if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
            try {
                return new Suffix(10, Integer.parseInt(suffix.substring(1)), Format.DECIMAL_EXPONENT);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Quantity.SUFFIX_ERROR);
            }
        }
        throw new IllegalArgumentException(Quantity.SUFFIX_ERROR);
    }
}
