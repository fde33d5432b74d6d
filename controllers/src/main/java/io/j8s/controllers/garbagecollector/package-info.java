/**
 * The garbage collector: follows ownerReferences between objects of the monitored resources and deletes
 * dependents whose owners are gone (background), deletes dependents before their owner (foregroundDeletion
 * finalizer) or releases them (orphan finalizer), like Kubernetes' {@code pkg/controller/garbagecollector}.
 * Depends on the controller base only.
 */
package io.j8s.controllers.garbagecollector;
