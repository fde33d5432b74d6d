package io.j8s.apimachinery.protobuf;

import static io.j8s.apimachinery.protobuf.Trees.body;
import static io.j8s.apimachinery.protobuf.Trees.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.j8s.apimachinery.api.ApiException;
import io.kubernetes.client.proto.Runtime;
import io.kubernetes.client.proto.V1;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bad bodies become Kubernetes errors, never raw exceptions; supports() knows the built-in kinds. */
class ProtobufErrorsTest {

    private final KubernetesProtobuf protobuf = new KubernetesProtobuf();

    private void assertBadRequest(byte[] body) {
        assertThatThrownBy(() -> protobuf.decode(body))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(400));
    }

    @Test
    void aJsonBodyIsABadRequest() {
        assertBadRequest("{\"kind\":\"Pod\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        assertBadRequest(new byte[0]);
        assertBadRequest(new byte[] {'k', '8'});
    }

    @Test
    void aBodyCutInsideItsObjectIsABadRequest() throws Exception {
        byte[] body = protobuf.encode(json("{'kind':'ConfigMap','apiVersion':'v1','metadata':{'name':'c'},"
                + "'data':{'k':'v'}}"));
        int rawSize = Runtime.Unknown.parseFrom(Arrays.copyOfRange(body, 4, body.length)).getRaw().size();
        // the envelope ends with the raw object, then two empty strings of 2 bytes each
        int rawEnd = body.length - 4;

        for (int cut = rawEnd - rawSize; cut < rawEnd; cut++) {
            assertBadRequest(Arrays.copyOf(body, cut));
        }
    }

    @Test
    void garbageAfterTheMagicIsABadRequest() {
        assertBadRequest(new byte[] {'k', '8', 's', 0, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x01, 0x02});
    }

    @Test
    void garbageInsideTheRawObjectIsABadRequest() {
        byte[] body = body("v1", "Pod", Runtime.RawExtension.newBuilder()
                .setRaw(ByteString.copyFrom(new byte[] {(byte) 0x0a, (byte) 0x7f, 0x01})).build());

        assertBadRequest(body);
    }

    @Test
    void anUnknownKindIsABadRequest() {
        assertBadRequest(body("example.com/v1", "Foo", V1.ConfigMap.getDefaultInstance()));
        assertBadRequest(body("v1", "", V1.ConfigMap.getDefaultInstance()));
    }

    @Test
    void aWrongFieldTypeOnEncodeIsABadRequest() {
        assertThatThrownBy(() -> protobuf.encode(json("{'kind':'Pod','apiVersion':'v1','spec':{'containers':'x'}}")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("spec.containers");
                });
    }

    @Test
    void encodingAKindWithoutProtobufIsNotAcceptable() {
        assertThatThrownBy(() -> protobuf.encode(json("{'kind':'Foo','apiVersion':'example.com/v1'}")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(406));
    }

    @Test
    void supportsBuiltInKindsListsAndMetaKindsButNotTheirPartsOrCustomResources() {
        assertThat(protobuf.supports("v1", "Pod")).isTrue();
        assertThat(protobuf.supports("v1", "PodList")).isTrue();
        assertThat(protobuf.supports("apps/v1", "Deployment")).isTrue();
        assertThat(protobuf.supports("apps/v1", "DeploymentList")).isTrue();
        assertThat(protobuf.supports("batch/v1", "Job")).isTrue();
        assertThat(protobuf.supports("v1", "Status")).isTrue();
        assertThat(protobuf.supports("v1", "Binding")).isTrue();
        assertThat(protobuf.supports("apps/v1", "DeleteOptions")).isTrue();
        assertThat(protobuf.supports("meta.k8s.io/v1", "WatchEvent")).isTrue();
        assertThat(protobuf.supports("autoscaling/v1", "Scale")).isTrue();
        assertThat(protobuf.supports("policy/v1", "Eviction")).isTrue();
        assertThat(protobuf.supports("authorization.k8s.io/v1", "SelfSubjectAccessReview")).isTrue();
        assertThat(protobuf.supports("authentication.k8s.io/v1", "SelfSubjectReview")).isTrue();
        assertThat(protobuf.supports("rbac.authorization.k8s.io/v1", "ClusterRole")).isTrue();
        assertThat(protobuf.supports("apiextensions.k8s.io/v1", "CustomResourceDefinition")).isTrue();
        assertThat(protobuf.supports("coordination.k8s.io/v1", "Lease")).isTrue();

        assertThat(protobuf.supports("v1", "PodLogOptions")).isTrue();
        assertThat(protobuf.supports("v1", "List")).isTrue();
        assertThat(protobuf.supports("admission.k8s.io/v1", "AdmissionReview")).isTrue();
        assertThat(protobuf.supports("authentication.k8s.io/v1", "TokenRequest")).isTrue();

        assertThat(protobuf.supports("v1", "Container")).isFalse();
        assertThat(protobuf.supports("apps/v1", "DeploymentSpec")).isFalse();
        assertThat(protobuf.supports("storage.k8s.io/v1", "TokenRequest")).isFalse();
        assertThat(protobuf.supports("example.com/v1", "Foo")).isFalse();
        assertThat(protobuf.supports("example.com/v1", "Status")).isFalse();
        assertThat(protobuf.supports("apps/v1", "Pod")).isFalse();
        assertThat(protobuf.supports("", "")).isFalse();
        assertThat(protobuf.supports(null, "Pod")).isFalse();
    }
}
