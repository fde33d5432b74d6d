package io.j8s.apiserver.registry.core;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numeric value of a Kubernetes quantity string ({@code 100m}, {@code 1Gi}, {@code 1e3}), for
 * comparisons in validation. A stopgap until apimachinery's quantity package lands; it reads the
 * same grammar but keeps no canonical form.
 */
public final class QuantityText {

    private QuantityText() {}

    /** Kubernetes' words for an unparsable quantity. */
    public static final String FORMAT_ERROR =
            "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

    private static final Pattern QUANTITY = Pattern.compile("([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)");

    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("", BigDecimal.ONE),
            Map.entry("n", new BigDecimal("1e-9")),
            Map.entry("u", new BigDecimal("1e-6")),
            Map.entry("m", new BigDecimal("1e-3")),
            Map.entry("k", new BigDecimal("1e3")),
            Map.entry("M", new BigDecimal("1e6")),
            Map.entry("G", new BigDecimal("1e9")),
            Map.entry("T", new BigDecimal("1e12")),
            Map.entry("P", new BigDecimal("1e15")),
            Map.entry("E", new BigDecimal("1e18")),
            Map.entry("Ki", BigDecimal.valueOf(1L << 10)),
            Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
            Map.entry("Gi", BigDecimal.valueOf(1L << 30)),
            Map.entry("Ti", BigDecimal.valueOf(1L << 40)),
            Map.entry("Pi", BigDecimal.valueOf(1L << 50)),
            Map.entry("Ei", BigDecimal.valueOf(1L << 60)));

    /** The value, or null when the text is not a quantity. Numbers (as JSON sends them) are read as plain values. */
    public static BigDecimal parse(String text) {
        Matcher m = QUANTITY.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
        String suffix = m.group(2);
        BigDecimal factor = SUFFIXES.get(suffix);
        if (factor != null) {
            return number.multiply(factor);
        }
        if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
            try {
                return number.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
