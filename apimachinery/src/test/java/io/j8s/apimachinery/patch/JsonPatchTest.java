package io.j8s.apimachinery.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.json.Json;
import io.j8s.apimachinery.json.MediaType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonPatchTest {

    static JsonNode json(String s) {
        return Json.readTree(s.replace('\'', '"').getBytes(StandardCharsets.UTF_8), MediaType.JSON);
    }

    /** The examples of RFC 6902 appendix A that succeed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'foo':'bar'}|[{'op':'add','path':'/baz','value':'qux'}]|{'foo':'bar','baz':'qux'}",
            "{'foo':['bar','baz']}|[{'op':'add','path':'/foo/1','value':'qux'}]|{'foo':['bar','qux','baz']}",
            "{'baz':'qux','foo':'bar'}|[{'op':'remove','path':'/baz'}]|{'foo':'bar'}",
            "{'foo':['bar','qux','baz']}|[{'op':'remove','path':'/foo/1'}]|{'foo':['bar','baz']}",
            "{'baz':'qux','foo':'bar'}|[{'op':'replace','path':'/baz','value':'boo'}]|{'baz':'boo','foo':'bar'}",
            "{'foo':{'bar':'baz','waldo':'fred'},'qux':{'corge':'grault'}}|[{'op':'move','from':'/foo/waldo','path':'/qux/thud'}]|{'foo':{'bar':'baz'},'qux':{'corge':'grault','thud':'fred'}}",
            "{'foo':['all','grass','cows','eat']}|[{'op':'move','from':'/foo/1','path':'/foo/3'}]|{'foo':['all','cows','eat','grass']}",
            "{'baz':'qux','foo':['a',2,'c']}|[{'op':'test','path':'/baz','value':'qux'},{'op':'test','path':'/foo/1','value':2}]|{'baz':'qux','foo':['a',2,'c']}",
            "{'foo':'bar'}|[{'op':'add','path':'/child','value':{'grandchild':{}}}]|{'foo':'bar','child':{'grandchild':{}}}",
            "{'foo':['bar']}|[{'op':'add','path':'/foo/-','value':['abc','def']}]|{'foo':['bar',['abc','def']]}",
            "{'/':9,'~1':10}|[{'op':'test','path':'/~01','value':10}]|{'/':9,'~1':10}",
            "{'a':{'b':1}}|[{'op':'copy','from':'/a','path':'/c'}]|{'a':{'b':1},'c':{'b':1}}"})
    void appliesTheExamplesOfRfc6902(String doc, String patch, String expected) {
        assertThat(JsonPatch.apply(json(doc), json(patch))).isEqualTo(json(expected));
    }

    @Test
    void leavesTheTargetUntouched() {
        JsonNode doc = json("{'a':1}");
        JsonPatch.apply(doc, json("[{'op':'remove','path':'/a'}]"));
        assertThat(doc).isEqualTo(json("{'a':1}"));
    }

    @Test
    void aFailedTestIsUnprocessableWithTheReasonInTheCause() {
        assertThatThrownBy(() -> JsonPatch.apply(json("{'baz':'qux'}"), json("[{'op':'test','path':'/baz','value':'bar'}]")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(422);
                    assertThat(e.reason()).isEqualTo("Invalid");
                    assertThat(e.getMessage()).isEqualTo("the server rejected our request due to an error in our request");
                    assertThat(e.status().getDetails().getCauses().get(0).getMessage())
                            .isEqualTo("testing value /baz failed: test failed");
                });
    }

    @Test
    void addingUnderAMissingParentIsUnprocessable() {
        assertThatThrownBy(() -> JsonPatch.apply(json("{'foo':'bar'}"), json("[{'op':'add','path':'/baz/bat','value':'qux'}]")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(422);
                    assertThat(e.status().getDetails().getCauses().get(0).getMessage())
                            .isEqualTo("add operation does not apply: doc is missing path: \"/baz/bat\": missing value");
                });
    }

    @Test
    void removingAMissingKeyIsUnprocessable() {
        assertThatThrownBy(() -> JsonPatch.apply(json("{'a':1}"), json("[{'op':'remove','path':'/b'}]")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(422);
                    assertThat(e.status().getDetails().getCauses().get(0).getMessage())
                            .isEqualTo("error in remove for path: '/b': unable to remove nonexistent key: b: missing value");
                });
    }

    @Test
    void replacingAMissingKeyIsUnprocessable() {
        assertThatThrownBy(() -> JsonPatch.apply(json("{'a':1}"), json("[{'op':'replace','path':'/b','value':2}]")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().getDetails().getCauses().get(0).getMessage())
                        .isEqualTo("replace operation does not apply: doc is missing key: /b: missing value"));
    }

    @Test
    void anOutOfRangeIndexIsUnprocessable() {
        assertThatThrownBy(() -> JsonPatch.apply(json("{'a':[1]}"), json("[{'op':'add','path':'/a/5','value':2}]")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().getDetails().getCauses().get(0).getMessage())
                        .isEqualTo("error in add for path: '/a/5': Unable to access invalid index: 5: invalid index referenced"));
    }

    @Test
    void anUnknownOperationIsUnprocessable() {
        assertThatThrownBy(() -> JsonPatch.apply(json("{}"), json("[{'op':'frobnicate','path':'/a'}]")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().getDetails().getCauses().get(0).getMessage())
                        .isEqualTo("Unexpected kind: frobnicate"));
    }

    @Test
    void aPatchThatIsNotAnArrayIsABadRequest() {
        assertThatThrownBy(() -> JsonPatch.apply(json("{}"), json("{'op':'add'}")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo("json: cannot unmarshal object into Go value of type jsonpatch.Patch");
                });
    }

    @Test
    void testComparesNumbersByValue() {
        JsonNode doc = json("{'replicas':3}");
        assertThat(JsonPatch.apply(doc, json("[{'op':'test','path':'/replicas','value':3.0}]"))).isEqualTo(doc);
    }

    @Test
    void testingAnAbsentValueAgainstNullSucceeds() {
        JsonNode doc = json("{'a':1}");
        assertThat(JsonPatch.apply(doc, json("[{'op':'test','path':'/b','value':null}]"))).isEqualTo(doc);
    }

    @Test
    void replacingTheRootTakesTheNewDocument() {
        assertThat(JsonPatch.apply(json("{'a':1}"), json("[{'op':'replace','path':'','value':{'b':2}}]"))).isEqualTo(json("{'b':2}"));
    }

    @Test
    void movingFromAMissingKeyIsUnprocessable() {
        assertThatThrownBy(() -> JsonPatch.apply(json("{'a':1}"), json("[{'op':'move','from':'/x','path':'/y'}]")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().getDetails().getCauses().get(0).getMessage())
                        .isEqualTo("error in move for path: 'x': unable to get nonexistent key: x: missing value"));
    }
}
