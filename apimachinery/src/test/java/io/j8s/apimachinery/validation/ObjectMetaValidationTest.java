package io.j8s.apimachinery.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectMetaValidationTest {

    private static ObjectNode object(ObjectMetaBuilder meta) {
        return Json.toTree(new ConfigMapBuilder().withMetadata(meta.build()).build());
    }

    private static List<String> errors(ObjectMetaBuilder meta, boolean namespaced) {
        return ObjectMetaValidation.validate(object(meta), namespaced, NameValidator.DNS1123_SUBDOMAIN)
                .stream().map(FieldError::message).toList();
    }

    private static ObjectMetaBuilder meta() {
        return new ObjectMetaBuilder().withName("settings").withNamespace("default");
    }

    @Test
    void acceptsValidMetadata() {
        assertThat(errors(meta().addToLabels("app", "web").addToAnnotations("example.com/note", "hi"), true)).isEmpty();
    }

    @Test
    void requiresNameOrGenerateName() {
        assertThat(errors(meta().withName(null), true)).containsExactly("metadata.name: Required value: name or generateName is required");
    }

    @Test
    void acceptsGenerateNamePrefixEndingInADash() {
        assertThat(ObjectMetaValidation.validate(object(meta().withName(null).withGenerateName("web-")), true,
                NameValidator.DNS1123_SUBDOMAIN)).extracting(FieldError::message)
                .containsExactly("metadata.name: Required value: name or generateName is required");
        assertThat(NameValidator.DNS1123_SUBDOMAIN.validate("web-", true)).isEmpty();
    }

    @Test
    void requiresANamespaceForNamespacedResources() {
        assertThat(errors(meta().withNamespace(null), true)).containsExactly("metadata.namespace: Required value");
    }

    @Test
    void forbidsANamespaceForClusterScopedResources() {
        assertThat(errors(meta(), false)).containsExactly("metadata.namespace: Forbidden: not allowed on this type");
    }

    @Test
    void rejectsAnInvalidLabelValue() {
        assertThat(errors(meta().addToLabels("app", "-web"), true)).containsExactly("metadata.labels: Invalid value: \"-web\": "
                + "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start "
                + "and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for "
                + "validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
    }

    @Test
    void rejectsAnnotationsOver256KiB() {
        assertThat(errors(meta().addToAnnotations("big", "x".repeat(256 * 1024)), true))
                .containsExactly("metadata.annotations: Too long: may not be more than 262144 bytes");
    }

    @Test
    void allowsOnlyOneControllerOwner() {
        OwnerReferenceBuilder ref = new OwnerReferenceBuilder().withApiVersion("apps/v1").withKind("ReplicaSet").withUid("u").withController(true);
        assertThat(errors(meta().withOwnerReferences(ref.withName("a").build(), ref.withName("b").build()), true))
                .hasSize(1).first().asString().endsWith(
                        "Only one reference can have Controller set to true. Found \"true\" in references for ReplicaSet/a and ReplicaSet/b");
    }

    @Test
    void requiresOwnerReferenceUid() {
        assertThat(errors(meta().withOwnerReferences(new OwnerReferenceBuilder().withApiVersion("v1").withKind("Pod").withName("p")
                .build()), true)).containsExactly("metadata.ownerReferences.uid: Invalid value: \"\": uid must not be empty");
    }

    @Test
    void rejectsConflictingDeletionFinalizers() {
        assertThat(errors(meta().withFinalizers("orphan", "foregroundDeletion"), true)).hasSize(1).first().asString()
                .endsWith("finalizer orphan and foregroundDeletion cannot be both set");
    }

    @Test
    void forbidsChangingNameOnUpdate() {
        ObjectNode old = object(meta().withUid("u1"));
        ObjectNode renamed = object(meta().withName("other").withUid("u1"));
        assertThat(ObjectMetaValidation.validateUpdate(renamed, old, true, NameValidator.DNS1123_SUBDOMAIN))
                .extracting(FieldError::message).containsExactly("metadata.name: Invalid value: \"other\": field is immutable");
    }

    @Test
    void forbidsChangingUidButToleratesItsAbsence() {
        ObjectNode old = object(meta().withUid("u1"));
        assertThat(ObjectMetaValidation.validateUpdate(object(meta()), old, true, NameValidator.DNS1123_SUBDOMAIN)).isEmpty();
        assertThat(ObjectMetaValidation.validateUpdate(object(meta().withUid("u2")), old, true, NameValidator.DNS1123_SUBDOMAIN))
                .extracting(FieldError::message).containsExactly("metadata.uid: Invalid value: \"u2\": field is immutable");
    }

    @Test
    void buildsFieldPathsLikeKubernetes() {
        assertThat(FieldPath.root("spec").child("containers").index(0).child("ports").index(1).child("containerPort").path())
                .isEqualTo("spec.containers[0].ports[1].containerPort");
        assertThat(FieldPath.of("metadata", "labels").key("app").path()).isEqualTo("metadata.labels[app]");
    }
}
