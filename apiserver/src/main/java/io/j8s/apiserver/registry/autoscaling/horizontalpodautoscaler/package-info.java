/**
 * HorizontalPodAutoscaler: defaults and validation of autoscaling/v2 (autoscaling/v1 objects are
 * validated as their v2 form, as Kubernetes validates its internal version), and the field-by-field
 * conversion between the two versions.
 */
package io.j8s.apiserver.registry.autoscaling.horizontalpodautoscaler;
