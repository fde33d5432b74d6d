/**
 * The Kubernetes protobuf wire format ({@code application/vnd.kubernetes.protobuf}) for built-in
 * kinds, as kubectl 1.32+ sends it and client-go and the official Java client read it.
 * {@link io.j8s.apimachinery.protobuf.KubernetesProtobuf} is the entry point: the {@code k8s\0}
 * envelope around {@code runtime.Unknown}, the mapping between protobuf bytes and the Kubernetes JSON
 * tree, and watch stream frames. The mapping is generic: it walks the message descriptors of
 * {@code client-java-proto} (field plans computed once), with the few Kubernetes types whose JSON is
 * special (Time, Quantity, IntOrString, RawExtension...) handled by type, never per kind.
 * Depends only on Jackson, protobuf-java, the descriptors of {@code client-java-proto} and
 * {@link io.j8s.apimachinery.api}.
 */
package io.j8s.apimachinery.protobuf;
