/** Server-side printing: the {@code Table} columns kubectl shows for each resource. Depends on the registry only. */
package io.j8s.apiserver.table;
