/** End-to-end tests: real {@code bin/j8s} processes driven by real {@code kubectl} and HTTP clients. */
package io.j8s.e2e;
