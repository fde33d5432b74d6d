/**
 * Kubernetes API machinery as pure logic: errors as {@code Status}, field errors, selectors,
 * patches, quantities, validation and serialization. No I/O; depends only on the fabric8 model and
 * Jackson.
 */
package io.j8s.apimachinery;
