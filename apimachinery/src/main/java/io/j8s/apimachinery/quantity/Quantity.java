package io.j8s.apimachinery.quantity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An exact, immutable resource quantity such as {@code 100m} CPU or {@code 1536Mi} of memory, as
 * Kubernetes' {@code resource.Quantity}: values are rounded up to nano precision when parsed,
 * compare and equal by numeric value, and print in the canonical form of their suffix family
 * ({@link Format}). Thread-safe.
 */
public final class Quantity implements Comparable<Quantity> {

    /** How a quantity prints, taken from the suffix it was written with. */
    public enum Format {
        /** {@code e3}, {@code E-6}. */
        DECIMAL_EXPONENT,
        /** {@code Ki}, {@code Mi}, {@code Gi}... powers of 1024. */
        BINARY_SI,
        /** {@code n}, {@code u}, {@code m}, none, {@code k}, {@code M}, {@code G}... powers of 1000. */
        DECIMAL_SI
    }

    /** Kubernetes' {@code ErrFormatWrong}. */
    public static final String FORMAT_ERROR =
            "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
    /** Kubernetes' {@code ErrNumeric}. */
    public static final String NUMERIC_ERROR = "unable to parse numeric part of quantity";
    /** Kubernetes' {@code ErrSuffix}. */
    public static final String SUFFIX_ERROR = "unable to parse quantity's suffix";

    public static final Quantity ZERO = new Quantity(BigDecimal.ZERO, Format.DECIMAL_SI);

    private static final BigDecimal MAX_INT64 = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal BINARY_THRESHOLD = BigDecimal.valueOf(1024);

    private final BigDecimal amount;
    private final Format format;

    private Quantity(BigDecimal amount, Format format) {
        this.amount = amount;
        this.format = format;
    }

    /** A quantity of exactly {@code amount} (rounded up to nano precision) printed in {@code format}. */
    public static Quantity of(BigDecimal amount, Format format) {
        return new Quantity(roundToNano(amount), format);
    }

    /** A whole quantity, such as {@code Quantity.of(2, DECIMAL_SI)} for two CPUs. */
    public static Quantity of(long value, Format format) {
        return new Quantity(BigDecimal.valueOf(value), format);
    }

    /** A quantity in thousandths, as Kubernetes' {@code NewMilliQuantity}. */
    public static Quantity ofMilli(long milli, Format format) {
        return new Quantity(BigDecimal.valueOf(milli, 3), format);
    }

    /**
     * Parses the Kubernetes syntax: a signed decimal number, then an optional suffix.
     *
     * @throws IllegalArgumentException with Kubernetes' message for malformed input
     */
    public static Quantity parse(String text) {
        return QuantityParser.parse(text);
    }

    /** The quantity of a string, or empty when it is not one. */
    public static Optional<Quantity> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The quantity of a fabric8 model value ({@code amount} + {@code format}). */
    public static Quantity of(io.fabric8.kubernetes.api.model.Quantity model) {
        String amount = model.getAmount() == null ? "" : model.getAmount();
        return parse(amount + (model.getFormat() == null ? "" : model.getFormat()));
    }

    /** This quantity as a fabric8 model value, in canonical form. */
    public io.fabric8.kubernetes.api.model.Quantity toModel() {
        return new io.fabric8.kubernetes.api.model.Quantity(toString());
    }

    /** Kubernetes' parse-time rounding: away from zero to 1e-9, and the BinarySI cap at 2^63-1. */
    static Quantity normalized(BigDecimal value, Format format) {
        BigDecimal amount = roundToNano(value);
        int sign = amount.signum();
        BigDecimal abs = amount.abs();
        if (format == Format.BINARY_SI && abs.compareTo(MAX_INT64) > 0) {
            abs = MAX_INT64;
        }
        Format f = format;
        if (format == Format.BINARY_SI && abs.compareTo(BigDecimal.ONE) < 0 && abs.signum() > 0) {
            f = Format.DECIMAL_SI;
        }
        return new Quantity(sign < 0 ? abs.negate() : abs, f);
    }

    private static BigDecimal roundToNano(BigDecimal value) {
        return value.scale() > 9 ? value.setScale(9, RoundingMode.UP) : value;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Format format() {
        return format;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public int signum() {
        return amount.signum();
    }

    /** The value rounded away from zero to a whole number, as Kubernetes' {@code Value()}. */
    public long value() {
        return scaled(0);
    }

    /** The value in thousandths rounded away from zero, as Kubernetes' {@code MilliValue()}. */
    public long milliValue() {
        return scaled(3);
    }

    private long scaled(int decimals) {
        // Guard before scaling: 1e999999999 must not become a billion-digit integer.
        if (amount.precision() - amount.scale() + decimals > 20) {
            return amount.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        BigDecimal v = amount.movePointRight(decimals).setScale(0, RoundingMode.UP);
        if (v.compareTo(MAX_INT64) > 0) {
            return Long.MAX_VALUE;
        }
        return v.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0 ? Long.MIN_VALUE : v.longValueExact();
    }

    /** The sum, in this quantity's format (or the other's when this one is zero), as Kubernetes' {@code Add}. */
    public Quantity add(Quantity other) {
        return new Quantity(amount.add(other.amount), isZero() ? other.format : format);
    }

    /** The difference, formatted as {@link #add(Quantity)}. */
    public Quantity subtract(Quantity other) {
        return new Quantity(amount.subtract(other.amount), isZero() ? other.format : format);
    }

    public Quantity negate() {
        return new Quantity(amount.negate(), format);
    }

    @Override
    public int compareTo(Quantity other) {
        return amount.compareTo(other.amount);
    }

    /** Equal when the values are equal, whatever their formats, as Kubernetes' {@code Equal}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity other && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return isZero() ? 0 : amount.stripTrailingZeros().hashCode();
    }

    /** The canonical form Kubernetes serializes: {@code 1000m} is {@code 1}, {@code 0.5} is {@code 500m}, {@code 1.5Gi} is {@code 1536Mi}. */
    @Override
    public String toString() {
        if (isZero()) {
            return "0";
        }
        if (format == Format.BINARY_SI && amount.abs().compareTo(BINARY_THRESHOLD) >= 0 && isWhole(amount)) {
            return binary(amount.toBigIntegerExact());
        }
        return decimal(format == Format.DECIMAL_EXPONENT ? Format.DECIMAL_EXPONENT : Format.DECIMAL_SI);
    }

    private static boolean isWhole(BigDecimal v) {
        return v.signum() == 0 || v.scale() <= 0 || v.stripTrailingZeros().scale() <= 0;
    }

    private String decimal(Format f) {
        BigDecimal stripped = amount.stripTrailingZeros();
        BigInteger mantissa = stripped.unscaledValue();
        int exponent = -stripped.scale();
        // Kubernetes lowers the exponent to a multiple of three, growing the mantissa.
        while (Math.floorMod(exponent, 3) != 0) {
            mantissa = mantissa.multiply(BigInteger.TEN);
            exponent--;
        }
        if (f == Format.DECIMAL_EXPONENT) {
            return mantissa + (exponent == 0 ? "" : "e" + exponent);
        }
        String suffix = switch (exponent) {
            case -9 -> "n";
            case -6 -> "u";
            case -3 -> "m";
            case 0 -> "";
            case 3 -> "k";
            case 6 -> "M";
            case 9 -> "G";
            case 12 -> "T";
            case 15 -> "P";
            case 18 -> "E";
            default -> null;
        };
        return suffix != null ? mantissa + suffix : mantissa + "e" + exponent;
    }

    private static String binary(BigInteger value) {
        BigInteger v = value;
        BigInteger k = BigInteger.valueOf(1024);
        int exponent = 0;
        while (exponent < 6 && v.signum() != 0 && v.mod(k).signum() == 0) {
            v = v.divide(k);
            exponent++;
        }
        String[] suffixes = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
        return v + suffixes[exponent];
    }
}
