package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.fields.FieldSelector;
import io.j8s.apimachinery.labels.LabelSelector;
import io.j8s.apiserver.registry.Strategy;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The label and field selectors of a list or watch: which objects it sees. Field selectors may use
 * {@code metadata.name}, {@code metadata.namespace} and the strategy's selectable fields only.
 */
final class Selection {

    private final LabelSelector labels;
    private final FieldSelector fields;
    private final Strategy strategy;
    private final boolean everything;

    private Selection(LabelSelector labels, FieldSelector fields, Strategy strategy, boolean everything) {
        this.labels = labels;
        this.fields = fields;
        this.strategy = strategy;
        this.everything = everything;
    }

    /** Parses both selectors; a malformed one or an unsupported field is 400 Bad Request. */
    static Selection parse(String labelSelector, String fieldSelector, Strategy strategy, Set<String> supportedFields) {
        boolean noLabels = labelSelector == null || labelSelector.isBlank();
        boolean noFields = fieldSelector == null || fieldSelector.isBlank();
        LabelSelector labels = noLabels ? null : LabelSelector.parse(labelSelector);
        FieldSelector fields = null;
        if (!noFields) {
            fields = FieldSelector.parse(fieldSelector).requireSupported(supportedFields);
        }
        return new Selection(labels, fields, strategy, noLabels && noFields);
    }

    static Selection everything(Strategy strategy) {
        return new Selection(null, null, strategy, true);
    }

    boolean isEverything() {
        return everything;
    }

    boolean matches(ObjectNode obj) {
        if (everything || obj == null) {
            return obj != null;
        }
        if (labels != null && !labels.matches(Metadata.labels(obj))) {
            return false;
        }
        return fields == null || fields.matches(fieldValues(obj));
    }

    private Map<String, String> fieldValues(ObjectNode obj) {
        Map<String, String> values = new HashMap<>(strategy.selectableFields(obj));
        values.put("metadata.name", Metadata.name(obj));
        String ns = Metadata.namespace(obj);
        values.put("metadata.namespace", ns == null ? "" : ns);
        return values;
    }
}
