/**
 * The {@link io.j8s.storage.Store} contract on a real etcd cluster, through jetcd: for users who
 * outgrow one machine. Depends on the storage contract and jetcd only.
 */
package io.j8s.storage.etcd;
