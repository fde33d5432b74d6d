/**
 * The store contract with etcd semantics (revisions, compare-and-swap on mod revision, watch from a
 * revision, compaction) and the embedded MVCC store that is j8s's default. Depends on nothing of j8s.
 */
package io.j8s.storage;
