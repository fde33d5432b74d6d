package io.j8s.apimachinery.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import org.junit.jupiter.api.Test;

class LabelSelectorValidationTest {

    @Test
    void requiresValuesForInOperator() {
        assertThat(LabelSelectorValidation.validate(Json.toTree(new LabelSelectorBuilder().addNewMatchExpression()
                .withKey("tier").withOperator("In").endMatchExpression().build()), FieldPath.of("spec", "selector")))
                .extracting(FieldError::message).containsExactly(
                        "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'");
    }

    @Test
    void rejectsUnknownOperator() {
        assertThat(LabelSelectorValidation.validate(Json.toTree(new LabelSelectorBuilder().addNewMatchExpression()
                .withKey("tier").withOperator("Near").endMatchExpression().build()), FieldPath.of("spec", "selector")))
                .extracting(FieldError::message)
                .containsExactly("spec.selector.matchExpressions[0].operator: Invalid value: \"Near\": not a valid selector operator");
    }

    @Test
    void acceptsMatchLabels() {
        assertThat(LabelSelectorValidation.validate(Json.toTree(new LabelSelectorBuilder().addToMatchLabels("app", "web").build()),
                FieldPath.of("spec", "selector"))).isEmpty();
    }
}
