/**
 * Label selectors as Kubernetes' {@code k8s.io/apimachinery/pkg/labels} defines them: the string
 * syntax of {@code ?labelSelector=}, the {@code metav1.LabelSelector} of specs, matching, and the
 * syntax rules of label keys and values used by validation. Pure logic over strings and maps.
 */
package io.j8s.apimachinery.labels;
