package io.j8s.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against its own in-process j8s control plane, started once before the first
 * test and stopped after the last. Tests receive a {@code KubernetesClient}, the server's {@code URI} or the
 * {@link J8sControlPlane} as parameters, or a client in fields annotated {@link J8sClient}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(J8sExtension.class)
public @interface J8s {
    /** Serves HTTPS with a CA generated for the class; the injected client trusts it and authenticates as admin. */
    boolean https() default false;
}
