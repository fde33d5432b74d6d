/**
 * {@code @J8s}: an in-process j8s control plane (API server on an in-memory store) for JUnit 5 tests of
 * operators and controllers, with a configured fabric8 client injected. Depends on the apiserver and storage
 * modules, fabric8 and the JUnit Jupiter API only.
 */
package io.j8s.testing;
