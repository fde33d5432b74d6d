/**
 * Server-side printing: the {@code Table} columns kubectl shows for each resource, one printer per
 * resource as in Kubernetes' {@code pkg/printers/internalversion}, and the {@code Table} and
 * {@code PartialObjectMetadata} shapes built from them ({@link io.j8s.apiserver.table.Tables}).
 * Depends on the registry only.
 */
package io.j8s.apiserver.table;
