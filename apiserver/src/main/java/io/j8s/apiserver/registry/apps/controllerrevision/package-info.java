/** apps/v1 ControllerRevision: immutable snapshots of workload templates, validated lightly. */
package io.j8s.apiserver.registry.apps.controllerrevision;
