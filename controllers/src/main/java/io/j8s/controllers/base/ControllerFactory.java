package io.j8s.controllers.base;

/** Builds a controller from the shared context; registered in {@code ControllerManager#controllers()}. */
@FunctionalInterface
public interface ControllerFactory {
    Controller create(ControllerContext context);
}
