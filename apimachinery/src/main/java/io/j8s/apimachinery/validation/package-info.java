/**
 * Validation as Kubernetes words it: name and value formats ({@link io.j8s.apimachinery.validation.Formats},
 * apimachinery's {@code util/validation}), field paths, and object metadata
 * ({@link io.j8s.apimachinery.validation.ObjectMetaValidation}). Works on Jackson trees; pure logic,
 * depends only on Jackson and {@link io.j8s.apimachinery.api.FieldError}.
 */
package io.j8s.apimachinery.validation;
