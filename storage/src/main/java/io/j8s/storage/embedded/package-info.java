/**
 * The embedded MVCC store, j8s's default etcd: an in-memory revisioned index (key to versions, and
 * revision to event for watches) made durable by an append-only write-ahead log with group commit
 * and periodic snapshots. Depends only on {@code io.j8s.storage} and the JDK.
 */
package io.j8s.storage.embedded;
