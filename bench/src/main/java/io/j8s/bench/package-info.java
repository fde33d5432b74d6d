/**
 * Benchmarks that print figures: durable store writes, API server creates. Each has a
 * {@code run(..., PrintStream)} for the {@code j8s bench} command and a {@code main} for quick runs.
 * May depend on every j8s module; nothing depends on it but the cli.
 */
package io.j8s.bench;
