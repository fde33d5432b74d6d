/**
 * The resource quota controller, like Kubernetes' {@code pkg/controller/resourcequota}: keeps each ResourceQuota's
 * {@code status.hard} equal to its spec and {@code status.used} equal to what its namespace consumes.
 * Depends on the controller base and apimachinery's quantities only.
 */
package io.j8s.controllers.resourcequota;
