package io.j8s.apimachinery.patch;

import static io.j8s.apimachinery.patch.JsonPatchTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MergePatchTest {

    /** The test cases of RFC 7386 appendix A. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'a':'b'}|{'a':'c'}|{'a':'c'}",
            "{'a':'b'}|{'b':'c'}|{'a':'b','b':'c'}",
            "{'a':'b'}|{'a':null}|{}",
            "{'a':'b','b':'c'}|{'a':null}|{'b':'c'}",
            "{'a':['b']}|{'a':'c'}|{'a':'c'}",
            "{'a':'c'}|{'a':['b']}|{'a':['b']}",
            "{'a':{'b':'c'}}|{'a':{'b':'d','c':null}}|{'a':{'b':'d'}}",
            "{'a':[{'b':'c'}]}|{'a':[1]}|{'a':[1]}",
            "['a','b']|['c','d']|['c','d']",
            "{'a':'b'}|['c']|['c']",
            "{'a':'foo'}|null|null",
            "{'a':'foo'}|\"bar\"|\"bar\"",
            "{'e':null}|{'a':1}|{'e':null,'a':1}",
            "[1,2]|{'a':'b','c':null}|{'a':'b'}",
            "{}|{'a':{'bb':{'ccc':null}}}|{'a':{'bb':{}}}"})
    void appliesTheExamplesOfRfc7386(String target, String patch, String expected) {
        assertThat(MergePatch.apply(json(target), json(patch))).isEqualTo(json(expected));
    }

    @Test
    void deletesALabelWithNull() {
        JsonNode pod = json("{'metadata':{'name':'p','labels':{'app':'web','tier':'db'}}}");
        JsonNode out = MergePatch.apply(pod, json("{'metadata':{'labels':{'tier':null}}}"));
        assertThat(out).isEqualTo(json("{'metadata':{'name':'p','labels':{'app':'web'}}}"));
        assertThat(pod.path("metadata").path("labels").has("tier")).isTrue();
    }
}
