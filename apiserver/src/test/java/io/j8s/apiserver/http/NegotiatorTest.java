package io.j8s.apiserver.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.j8s.apimachinery.api.ApiException;
import io.j8s.apiserver.http.ResponseFormat.Conversion;
import io.j8s.apiserver.http.ResponseFormat.Serialization;
import org.junit.jupiter.api.Test;

class NegotiatorTest {

    private static final String KUBECTL_TABLE = "application/json;as=Table;v=v1;g=meta.k8s.io,"
            + "application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

    private final Negotiator negotiator = new Negotiator();
    private final Negotiator.Target object = new Negotiator.Target(false, true, true);
    private final Negotiator.Target list = new Negotiator.Target(true, true, true);

    @Test
    void answersJsonWithoutAnAcceptHeaderOrForWildcards() {
        assertThat(negotiator.negotiate(null, object)).isEqualTo(ResponseFormat.PLAIN_JSON);
        assertThat(negotiator.negotiate("*/*", object)).isEqualTo(ResponseFormat.PLAIN_JSON);
        assertThat(negotiator.negotiate("application/json, */*", object)).isEqualTo(ResponseFormat.PLAIN_JSON);
    }

    @Test
    void picksTheTableKubectlAsksFor() {
        ResponseFormat f = negotiator.negotiate(KUBECTL_TABLE, list);
        assertThat(f.conversion()).isEqualTo(Conversion.TABLE);
        assertThat(f.conversionVersion()).isEqualTo("v1");
        assertThat(f.contentType()).isEqualTo("application/json;as=Table;v=v1;g=meta.k8s.io");
    }

    @Test
    void fallsBackToJsonWhenConversionsAreNotServed() {
        assertThat(negotiator.negotiate(KUBECTL_TABLE, new Negotiator.Target(true, true, false)))
                .isEqualTo(ResponseFormat.PLAIN_JSON);
    }

    @Test
    void servesProtobufOnlyForKindsThatHaveIt() {
        String accept = "application/vnd.kubernetes.protobuf,application/json";
        assertThat(negotiator.negotiate(accept, object).serialization()).isEqualTo(Serialization.PROTOBUF);
        assertThat(negotiator.negotiate(accept, new Negotiator.Target(false, false, true)).serialization())
                .isEqualTo(Serialization.JSON);
    }

    @Test
    void choosesPartialObjectMetadataByWhetherTheResponseIsAList() {
        String accept = "application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io,"
                + "application/json;as=PartialObjectMetadata;v=v1;g=meta.k8s.io,application/json";
        assertThat(negotiator.negotiate(accept, list).conversion()).isEqualTo(Conversion.PARTIAL_OBJECT_METADATA_LIST);
        assertThat(negotiator.negotiate(accept, object).conversion()).isEqualTo(Conversion.PARTIAL_OBJECT_METADATA);
    }

    @Test
    void honoursQualityWeights() {
        assertThat(negotiator.negotiate("application/json;q=0.5, application/yaml", object).serialization())
                .isEqualTo(Serialization.YAML);
    }

    @Test
    void refusesWhatItCannotServeWith406() {
        assertThatThrownBy(() -> negotiator.negotiate("text/html", object))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(406);
                    assertThat(e.reason()).isEqualTo("NotAcceptable");
                });
        assertThatThrownBy(() -> negotiator.negotiate("application/json;as=Table;v=v9;g=meta.k8s.io", object))
                .isInstanceOf(ApiException.class);
    }
}
