/**
 * The one place where Jackson is configured for the wire format: JSON and YAML mappers for the
 * fabric8 model, request-body decoding with Kubernetes' error wording, duplicate-field detection.
 * Depends only on Jackson, the fabric8 model and {@link io.j8s.apimachinery.api}.
 */
package io.j8s.apimachinery.json;
