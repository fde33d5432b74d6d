/**
 * The ttl-after-finished controller: deletes finished Jobs (Complete or Failed) once
 * {@code spec.ttlSecondsAfterFinished} has passed since they finished, like Kubernetes'
 * {@code pkg/controller/ttlafterfinished}. Depends on the controller base only.
 */
package io.j8s.controllers.ttlafterfinished;
