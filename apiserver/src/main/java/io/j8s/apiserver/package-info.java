/**
 * The Kubernetes API server: the only door to cluster state. Depends on apimachinery and storage;
 * nothing of j8s depends on it but the cli.
 */
package io.j8s.apiserver;
