/**
 * The Kubernetes protobuf wire format ({@code application/vnd.kubernetes.protobuf}) for built-in
 * kinds: the {@code k8s\0} envelope around {@code runtime.Unknown}, the descriptor-driven mapping
 * between protobuf messages and the Kubernetes JSON tree, and watch stream frames.
 * Depends only on Jackson, the generated messages of {@code client-java-proto} and
 * {@link io.j8s.apimachinery.api}.
 */
package io.j8s.apimachinery.protobuf;
