package io.j8s.apimachinery.fields;

import java.util.Map;

/**
 * One term of a field selector: {@code field=value} (also written {@code ==}) or
 * {@code field!=value}. As in Kubernetes, an absent field counts as the empty string.
 *
 * @param field the field label, such as {@code spec.nodeName}
 * @param equal true for {@code =} and {@code ==}, false for {@code !=}
 * @param value the unescaped value
 */
public record FieldRequirement(String field, boolean equal, String value) {

    public boolean matches(Map<String, String> fields) {
        String actual = fields.getOrDefault(field, "");
        return equal == actual.equals(value);
    }

    /** The term in selector syntax, value escaped: {@code metadata.name=a\,b}. */
    @Override
    public String toString() {
        return field + (equal ? "=" : "!=") + FieldSelector.escapeValue(value);
    }
}
