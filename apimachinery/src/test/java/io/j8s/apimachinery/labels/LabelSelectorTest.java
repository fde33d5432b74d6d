package io.j8s.apimachinery.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.api.FieldError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelSelectorTest {

    /** Valid inputs of Kubernetes' TestSelectorParse. */
    @ParameterizedTest
    @ValueSource(strings = {"", "x=a,y=b,z=c", "x!=a,y=b", "x=", "x= ", "x=,z= ", "x= ,z= ", "!x", "x>1", "x>1,z<5",
            "x in (abc,def)", "x notin (abc,def)", "x in (,abc)", "x in ()", "x in (in,notin)", "in in (a)",
            "x,y", "  x=a  ,  y=b  ", "a.b/c-d_e=f"})
    void parsesWhatKubernetesAccepts(String selector) {
        LabelSelector.parse(selector);
    }

    /** Invalid inputs of Kubernetes' TestSelectorParse. */
    @ParameterizedTest
    @ValueSource(strings = {"x=a||y=b", "x==a==b", "!x=a", "x<a", "x>1.1", "x in abc", "x in (a b)", ",", "x,",
            "x=a,,y=b", "x in (a", "x=a b", "A/B/C=d", "x=-bad", "x===y"})
    void rejectsWhatKubernetesRejectsWithABadRequest(String selector) {
        assertThatThrownBy(() -> LabelSelector.parse(selector))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(400));
    }

    @Test
    void wordsParserErrorsAsKubernetesDoes() {
        assertThat(message("x=a)y=b")).isEqualTo("found ')', expected: ',' or 'end of string'");
        assertThat(message("!x=a")).isEqualTo("found '=', expected: ',' or 'end of string'");
        assertThat(message("x in abc")).isEqualTo("unable to parse requirement: found 'abc' expected: '('");
        assertThat(message("x=a,")).isEqualTo("found '', expected: identifier after ','");
        assertThat(message("x ~ y")).isEqualTo("unable to parse requirement: found '~', expected: in, notin, =, ==, !=, gt, lt");
    }

    @Test
    void anInvalidKeyIsReportedWithANilPath() {
        assertThat(message("a/b/c=d")).startsWith("unable to parse requirement: <nil>: Invalid value: \"a/b/c\": a qualified name must consist of");
    }

    @Test
    void anInvalidValueIsReportedWithItsPath() {
        assertThat(message("x=-bad")).startsWith(
                "unable to parse requirement: values[0][x]: Invalid value: \"-bad\": a valid label must be an empty string or consist of");
    }

    @Test
    void canonicalFormSortsByKeyAndValues() {
        assertThat(LabelSelector.parse("z=c, x in (def,abc), !y ,w").toString()).isEqualTo("w,x in (abc,def),!y,z=c");
        assertThat(LabelSelector.parse("x==a,y!=b,n>3").toString()).isEqualTo("n>3,x==a,y!=b");
    }

    @Test
    void matchesEqualityAndSetRequirements() {
        Map<String, String> labels = Map.of("app", "web", "tier", "front", "n", "10");
        assertThat(LabelSelector.parse("app=web").matches(labels)).isTrue();
        assertThat(LabelSelector.parse("app==web,tier in (front,back)").matches(labels)).isTrue();
        assertThat(LabelSelector.parse("app!=web").matches(labels)).isFalse();
        assertThat(LabelSelector.parse("missing!=x").matches(labels)).isTrue();
        assertThat(LabelSelector.parse("missing notin (x)").matches(labels)).isTrue();
        assertThat(LabelSelector.parse("missing in (x)").matches(labels)).isFalse();
        assertThat(LabelSelector.parse("app").matches(labels)).isTrue();
        assertThat(LabelSelector.parse("!app").matches(labels)).isFalse();
        assertThat(LabelSelector.parse("n>9,n<11").matches(labels)).isTrue();
        assertThat(LabelSelector.parse("app>1").matches(labels)).isFalse();
    }

    @Test
    void anEmptySelectorMatchesEverything() {
        LabelSelector empty = LabelSelector.parse("  ");
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.matches(Map.of())).isTrue();
        assertThat(empty.matches(null)).isTrue();
    }

    @Test
    void inWithEmptyParenthesesMatchesAnEmptyValue() {
        assertThat(LabelSelector.parse("x in ()").matches(Map.of("x", ""))).isTrue();
        assertThat(LabelSelector.parse("x=").matches(Map.of("x", ""))).isTrue();
    }

    @Test
    void exactValueIsOfferedForIndexLookups() {
        LabelSelector s = LabelSelector.parse("a=1,b in (2),c in (3,4),d!=5");
        assertThat(s.exactValue("a")).contains("1");
        assertThat(s.exactValue("b")).contains("2");
        assertThat(s.exactValue("c")).isEmpty();
        assertThat(s.exactValue("d")).isEmpty();
        assertThat(s.exactValue("e")).isEmpty();
    }

    @Test
    void convertsASpecSelector() {
        var model = new LabelSelectorBuilder().withMatchLabels(Map.of("app", "web"))
                .addNewMatchExpression().withKey("tier").withOperator("In").withValues("b", "a").endMatchExpression()
                .addNewMatchExpression().withKey("canary").withOperator("DoesNotExist").endMatchExpression()
                .build();
        LabelSelector s = LabelSelector.fromModel(model);
        assertThat(s.toString()).isEqualTo("app=web,!canary,tier in (a,b)");
        assertThat(s.matches(Map.of("app", "web", "tier", "a"))).isTrue();
        assertThat(s.matches(Map.of("app", "web", "tier", "a", "canary", "1"))).isFalse();
    }

    @Test
    void aNullSpecSelectorMatchesNothingAndAnEmptyOneEverything() {
        assertThat(LabelSelector.fromModel(null).matches(Map.of())).isFalse();
        assertThat(LabelSelector.fromModel(null).isEmpty()).isFalse();
        assertThat(LabelSelector.fromModel(new LabelSelectorBuilder().build()).matches(Map.of("a", "b"))).isTrue();
    }

    @Test
    void anUnknownSpecOperatorIsABadRequest() {
        var model = new LabelSelectorBuilder().addNewMatchExpression().withKey("a").withOperator("Gt").endMatchExpression().build();
        assertThatThrownBy(() -> LabelSelector.fromModel(model))
                .hasMessage("\"Gt\" is not a valid label selector operator");
    }

    @Test
    void validatesSpecSelectorsLikeValidateLabelSelector() {
        var model = new LabelSelectorBuilder().withMatchLabels(Map.of("app", "-x"))
                .addNewMatchExpression().withKey("a").withOperator("In").endMatchExpression()
                .addNewMatchExpression().withKey("b").withOperator("Exists").withValues("v").endMatchExpression()
                .addNewMatchExpression().withKey("c").withOperator("Foo").endMatchExpression()
                .build();
        List<String> msgs = LabelSelector.validate(model, "spec.selector").stream().map(FieldError::message).toList();
        assertThat(msgs).containsExactly(
                "spec.selector.matchLabels: Invalid value: \"-x\": a valid label must be an empty string or consist of alphanumeric"
                        + " characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', "
                        + " or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
                "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
                "spec.selector.matchExpressions[1].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
                "spec.selector.matchExpressions[2].operator: Invalid value: \"Foo\": not a valid selector operator");
    }

    @Test
    void requirementsValidateTheirValueCount() {
        assertThatThrownBy(() -> Requirement.of("a", Operator.IN, List.of()))
                .hasMessage("values: Invalid value: []string{}: for 'in', 'notin' operators, values set can't be empty");
        assertThatThrownBy(() -> Requirement.of("a", Operator.EQUALS, List.of("x", "y")))
                .hasMessage("values: Invalid value: []string{\"x\", \"y\"}: exact-match compatibility requires one single value");
    }

    private static String message(String selector) {
        try {
            LabelSelector.parse(selector);
        } catch (ApiException e) {
            return e.getMessage();
        }
        throw new AssertionError("parsed: " + selector);
    }

    @Test
    void nodeSelectorRequirementsCompareIntegersWithGtAndLt() {
        var exprs = List.of(
                new io.fabric8.kubernetes.api.model.NodeSelectorRequirementBuilder().withKey("cpus").withOperator("Gt").withValues("4").build(),
                new io.fabric8.kubernetes.api.model.NodeSelectorRequirementBuilder().withKey("zone").withOperator("In").withValues("a", "b").build());
        LabelSelector s = LabelSelector.fromNodeSelectorRequirements(exprs);
        assertThat(s.matches(Map.of("cpus", "8", "zone", "a"))).isTrue();
        assertThat(s.matches(Map.of("cpus", "4", "zone", "a"))).isFalse();
        assertThat(s.matches(Map.of("cpus", "many", "zone", "a"))).isFalse();
        assertThat(LabelSelector.fromNodeSelectorRequirements(List.of()).matches(Map.of())).isFalse();
    }

    @Test
    void aNonIntegerGtValueIsABadRequest() {
        var exprs = List.of(new io.fabric8.kubernetes.api.model.NodeSelectorRequirementBuilder()
                .withKey("cpus").withOperator("Gt").withValues("four").build());
        assertThatThrownBy(() -> LabelSelector.fromNodeSelectorRequirements(exprs))
                .hasMessage("values[0]: Invalid value: \"four\": for 'Gt', 'Lt' operators, the value must be an integer");
    }
}
