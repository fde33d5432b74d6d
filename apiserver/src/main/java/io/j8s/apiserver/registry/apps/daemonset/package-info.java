/** apps/v1 DaemonSet: defaults, validation and status rules. */
package io.j8s.apiserver.registry.apps.daemonset;
