/**
 * The Deployment controller (Kubernetes' {@code pkg/controller/deployment}): one ReplicaSet per pod-template hash,
 * rolled by the RollingUpdate or Recreate strategy, with revisions, rollback through template changes, pause,
 * proportional scaling, progress deadlines, conditions and history cleanup. Pure arithmetic lives in
 * {@link io.j8s.controllers.deployment.Fenceposts}, {@link io.j8s.controllers.deployment.RollingUpdate} and
 * {@link io.j8s.controllers.deployment.ProportionalScaling}. Depends on {@code io.j8s.controllers.base}.
 */
package io.j8s.controllers.deployment;
