package io.j8s.apiserver.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.json.Json;
import io.j8s.apimachinery.json.MediaType;
import io.j8s.apiserver.registry.PatchType;
import io.j8s.apiserver.registry.RequestOptions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OptionsDecoderTest {

    private final OptionsDecoder decoder = new OptionsDecoder();

    private static QueryParameters q(String query) {
        return QueryParameters.parse(query);
    }

    @Test
    void decodesWriteOptions() {
        RequestOptions.Write w = decoder.write(q("dryRun=All&fieldManager=kubectl-create&fieldValidation=Strict"),
                "CreateOptions", RequestOptions.Warnings.NONE);
        assertThat(w.dryRun()).isTrue();
        assertThat(w.fieldManager()).isEqualTo("kubectl-create");
        assertThat(w.fieldValidation()).isEqualTo(RequestOptions.FieldValidation.STRICT);
    }

    @Test
    void defaultsFieldValidationToWarn() {
        assertThat(decoder.write(q(""), "CreateOptions", RequestOptions.Warnings.NONE).fieldValidation())
                .isEqualTo(RequestOptions.FieldValidation.WARN);
    }

    @Test
    void rejectsUnsupportedDryRunAsKubernetesDoes() {
        assertThatThrownBy(() -> decoder.write(q("dryRun=Some"), "CreateOptions", RequestOptions.Warnings.NONE))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(422);
                    assertThat(e.getMessage()).isEqualTo("CreateOptions.meta.k8s.io \"\" is invalid: "
                            + "dryRun: Unsupported value: []string{\"Some\"}: supported values: \"All\"");
                });
    }

    @Test
    void rejectsUnknownFieldValidation() {
        assertThatThrownBy(() -> decoder.write(q("fieldValidation=Loose"), "UpdateOptions", RequestOptions.Warnings.NONE))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage())
                        .contains("fieldValidation: Unsupported value: \"Loose\""));
    }

    @Test
    void requiresAFieldManagerForApplyAndForbidsForceElsewhere() {
        assertThatThrownBy(() -> decoder.patch(q(""), PatchType.APPLY, RequestOptions.Warnings.NONE))
                .hasMessageContaining("fieldManager: Required value: is required for apply patch");
        assertThatThrownBy(() -> decoder.patch(q("force=true"), PatchType.MERGE, RequestOptions.Warnings.NONE))
                .hasMessageContaining("force: Forbidden: may not be specified for non-apply patch");
        assertThat(decoder.patch(q("fieldManager=m&force=true"), PatchType.APPLY, RequestOptions.Warnings.NONE).force()).isTrue();
    }

    @Test
    void decodesListOptionsAndFillsTheWatchTimeout() {
        RequestOptions.ListOptions o = decoder.list(q("labelSelector=app%3Dweb&fieldSelector=metadata.name%3Dp"
                + "&limit=500&continue=abc&resourceVersion=7&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true"
                + "&sendInitialEvents=false"), 1900);
        assertThat(o.labelSelector()).isEqualTo("app=web");
        assertThat(o.fieldSelector()).isEqualTo("metadata.name=p");
        assertThat(o.limit()).isEqualTo(500);
        assertThat(o.continueToken()).isEqualTo("abc");
        assertThat(o.resourceVersion()).isEqualTo("7");
        assertThat(o.resourceVersionMatch()).isEqualTo("NotOlderThan");
        assertThat(o.timeoutSeconds()).isEqualTo(1900);
        assertThat(o.allowWatchBookmarks()).isTrue();
        assertThat(o.sendInitialEvents()).isFalse();
        assertThat(decoder.list(q("timeoutSeconds=5"), 1900).timeoutSeconds()).isEqualTo(5);
    }

    @Test
    void rejectsMalformedNumbersWith400() {
        assertThatThrownBy(() -> decoder.list(q("limit=ten"), 0))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(400));
    }

    @Test
    void readsWatchAsKubernetesReadsBooleans() {
        assertThat(decoder.watch(q("watch=true"))).isTrue();
        assertThat(decoder.watch(q("watch=1"))).isTrue();
        assertThat(decoder.watch(q("watch=false"))).isFalse();
        assertThat(decoder.watch(q("watch=0"))).isFalse();
        assertThat(decoder.watch(q(""))).isFalse();
    }

    @Test
    void takesDeleteOptionsFromTheBodyOverTheQuery() {
        ObjectNode body = Json.readObject(("{\"kind\":\"DeleteOptions\",\"apiVersion\":\"v1\",\"gracePeriodSeconds\":0,"
                + "\"propagationPolicy\":\"Foreground\",\"preconditions\":{\"uid\":\"u1\",\"resourceVersion\":\"9\"},"
                + "\"dryRun\":[\"All\"]}").getBytes(StandardCharsets.UTF_8), MediaType.JSON);
        RequestOptions.Delete d = decoder.delete(q("gracePeriodSeconds=30&propagationPolicy=Orphan"), body);
        assertThat(d).isEqualTo(new RequestOptions.Delete(0L, "Foreground", "u1", "9", true));
        assertThat(decoder.delete(q("gracePeriodSeconds=30&propagationPolicy=Orphan"), null))
                .isEqualTo(new RequestOptions.Delete(30L, "Orphan", null, null, false));
    }

    @Test
    void rejectsAnUnknownPropagationPolicy() {
        assertThatThrownBy(() -> decoder.delete(q("propagationPolicy=Sideways"), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(422));
    }
}
