/** apps/v1 StatefulSet: defaults, validation (including which spec fields an update may change) and status rules. */
package io.j8s.apiserver.registry.apps.statefulset;
