package io.j8s.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a non-final instance field of type {@code KubernetesClient} that {@link J8sExtension} sets to the
 * class's client (namespace {@code default}) before each test.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface J8sClient {
}
