package io.j8s.apimachinery.fields;

import io.j8s.apimachinery.api.ApiException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An immutable field selector: a conjunction of {@link FieldRequirement}s, as parsed by
 * Kubernetes' {@code fields.ParseSelector}. Values may escape {@code \}, {@code ,} and {@code =}
 * with a backslash. Thread-safe.
 */
public final class FieldSelector {

    private static final FieldSelector EVERYTHING = new FieldSelector(List.of());
    private static final String[] OPERATORS = {"!=", "==", "="};

    private final List<FieldRequirement> requirements;

    private FieldSelector(List<FieldRequirement> requirements) {
        this.requirements = List.copyOf(requirements);
    }

    public static FieldSelector everything() {
        return EVERYTHING;
    }

    /** A selector requiring each field of the map to have exactly its value. */
    public static FieldSelector ofFields(Map<String, String> fields) {
        return new FieldSelector(fields.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new FieldRequirement(e.getKey(), true, e.getValue()))
                .toList());
    }

    /**
     * Parses the string syntax; null or empty is everything. Terms are sorted as Kubernetes sorts
     * them, so {@link #toString()} is canonical.
     *
     * @throws ApiException 400 worded as Kubernetes: {@code invalid selector: 'x'; can't understand 'x'}
     */
    public static FieldSelector parse(String selector) {
        if (selector == null || selector.isEmpty()) {
            return EVERYTHING;
        }
        List<String> terms = splitTerms(selector);
        terms.sort(null);
        List<FieldRequirement> reqs = new ArrayList<>();
        for (String term : terms) {
            if (term.isEmpty()) {
                continue;
            }
            reqs.add(parseTerm(selector, term));
        }
        return new FieldSelector(reqs);
    }

    private static List<String> splitTerms(String selector) {
        List<String> terms = new ArrayList<>();
        int start = 0;
        boolean inSlash = false;
        for (int i = 0; i < selector.length(); i++) {
            char c = selector.charAt(i);
            if (inSlash) {
                inSlash = false;
            } else if (c == '\\') {
                inSlash = true;
            } else if (c == ',') {
                terms.add(selector.substring(start, i));
                start = i + 1;
            }
        }
        terms.add(selector.substring(start));
        return terms;
    }

    private static FieldRequirement parseTerm(String selector, String term) {
        for (int i = 0; i < term.length(); i++) {
            for (String op : OPERATORS) {
                if (term.startsWith(op, i)) {
                    String value = unescapeValue(term.substring(i + op.length()));
                    return new FieldRequirement(term.substring(0, i), !op.equals("!="), value);
                }
            }
        }
        throw ApiException.badRequest("invalid selector: '" + selector + "'; can't understand '" + term + "'");
    }

    /** Kubernetes' {@code fields.UnescapeValue}: {@code \\}, {@code \,} and {@code \=} are the only escapes. */
    static String unescapeValue(String s) {
        StringBuilder v = new StringBuilder(s.length());
        boolean inSlash = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inSlash) {
                if (c != '\\' && c != ',' && c != '=') {
                    throw ApiException.badRequest("invalid field selector: invalid escape sequence: \\" + c);
                }
                v.append(c);
                inSlash = false;
            } else if (c == '\\') {
                inSlash = true;
            } else if (c == ',' || c == '=') {
                // Go prints the rune with %v, which is its code point.
                throw ApiException.badRequest("invalid field selector: unescaped character in value: " + (int) c);
            } else {
                v.append(c);
            }
        }
        if (inSlash) {
            throw ApiException.badRequest("invalid field selector: invalid escape sequence: \\");
        }
        return v.toString();
    }

    /** Kubernetes' {@code fields.EscapeValue}. */
    public static String escapeValue(String s) {
        return s.replace("\\", "\\\\").replace(",", "\\,").replace("=", "\\=");
    }

    /** Whether every term holds; a field missing from the map counts as the empty string. */
    public boolean matches(Map<String, String> fields) {
        Map<String, String> fs = fields == null ? Map.of() : fields;
        for (FieldRequirement r : requirements) {
            if (!r.matches(fs)) {
                return false;
            }
        }
        return true;
    }

    public boolean isEmpty() {
        return requirements.isEmpty();
    }

    public List<FieldRequirement> requirements() {
        return requirements;
    }

    /** The field labels this selector uses, in order. */
    public Set<String> fields() {
        return requirements.stream().map(FieldRequirement::field).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The value a field must equal for this selector to match ({@code spec.nodeName=n1}), so
     * callers can use an index, as Kubernetes' {@code RequiresExactMatch}.
     */
    public Optional<String> exactValue(String field) {
        return requirements.stream()
                .filter(r -> r.equal() && r.field().equals(field))
                .map(FieldRequirement::value)
                .findFirst();
    }

    /**
     * Rejects fields a resource cannot be selected by.
     *
     * @throws ApiException 400 {@code field label not supported: <field>} for the first unsupported field
     */
    public FieldSelector requireSupported(Collection<String> supported) {
        for (String field : fields()) {
            if (!supported.contains(field)) {
                throw ApiException.badRequest("field label not supported: " + field);
            }
        }
        return this;
    }

    /** The canonical form: terms sorted, values escaped, joined by commas. */
    @Override
    public String toString() {
        return requirements.stream().map(FieldRequirement::toString).collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldSelector other && other.requirements.equals(requirements);
    }

    @Override
    public int hashCode() {
        return requirements.hashCode();
    }
}
