/**
 * The j8s controller manager (kube-controller-manager): {@link io.j8s.controllers.ControllerManager} runs every
 * enabled controller on one set of shared informers, under leader election. Controllers live one per package
 * ({@code replicaset}, {@code deployment}, ...) on the base in {@code io.j8s.controllers.base}; they are API
 * clients only and coordinate through the API.
 */
package io.j8s.controllers;
