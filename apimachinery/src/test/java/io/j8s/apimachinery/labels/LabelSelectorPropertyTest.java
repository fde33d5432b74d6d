package io.j8s.apimachinery.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LabelSelectorPropertyTest {

    @Provide
    Arbitrary<List<Requirement>> requirements() {
        Arbitrary<String> names = Arbitraries.strings().withChars("abcxyz09").ofMinLength(1).ofMaxLength(6)
                .filter(s -> Character.isLetterOrDigit(s.charAt(0)));
        Arbitrary<String> keys = Combinators.combine(Arbitraries.of("", "example.com/", "a.b/"), names).as(String::concat);
        Arbitrary<Requirement> requirement = Combinators.combine(keys, Arbitraries.of(Operator.values()), names.list().ofMinSize(1).ofMaxSize(3))
                .as((key, op, values) -> switch (op) {
                    case EXISTS, DOES_NOT_EXIST -> new Requirement(key, op, List.of());
                    case IN, NOT_IN -> new Requirement(key, op, values);
                    case GREATER_THAN, LESS_THAN -> new Requirement(key, op, List.of(String.valueOf(values.get(0).length())));
                    default -> new Requirement(key, op, List.of(values.get(0)));
                });
        return requirement.list().ofMaxSize(5).uniqueElements(Requirement::key);
    }

    @Property
    void theCanonicalFormParsesBackToTheSameSelector(@ForAll("requirements") List<Requirement> reqs) {
        LabelSelector selector = LabelSelector.of(reqs);
        LabelSelector reparsed = LabelSelector.parse(selector.toString());
        assertThat(reparsed).isEqualTo(selector);
        assertThat(reparsed.toString()).isEqualTo(selector.toString());
    }
}
