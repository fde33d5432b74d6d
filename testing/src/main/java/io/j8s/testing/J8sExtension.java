package io.j8s.testing;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts one {@link J8sControlPlane} per top-level test class (nested classes share it) and stops it after the
 * class. Resolves parameters of type {@code KubernetesClient}, {@code URI} and {@link J8sControlPlane}, and sets
 * fields annotated {@link J8sClient}. Usable through {@link J8s} or {@code @RegisterExtension}; keeps its state
 * in the JUnit extension store only.
 */
public final class J8sExtension implements BeforeAllCallback, AfterAllCallback, TestInstancePostProcessor,
        ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(J8sExtension.class);

    private final boolean https;

    /** An extension serving plain HTTP, or HTTPS when the outermost test class says {@code @J8s(https = true)}. */
    public J8sExtension() {
        this(false);
    }

    /** An extension serving HTTPS with a generated CA when {@code https} is true, whatever the annotation says. */
    public J8sExtension(boolean https) {
        this.https = https;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        controlPlane(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (owner(context) == context) {
            J8sControlPlane plane = context.getStore(NAMESPACE).remove(J8sControlPlane.class, J8sControlPlane.class);
            if (plane != null) {
                plane.close();
            }
        }
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
        for (Class<?> type = testInstance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(J8sClient.class)) {
                    inject(testInstance, field, context);
                }
            }
        }
    }

    private void inject(Object testInstance, Field field, ExtensionContext context) throws IllegalAccessException {
        if (!field.getType().isAssignableFrom(KubernetesClient.class)
                || Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
            throw new ExtensionConfigurationException("@J8sClient field " + field
                    + " must be a non-static, non-final KubernetesClient");
        }
        field.setAccessible(true);
        field.set(testInstance, controlPlane(context).client());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == KubernetesClient.class || type == URI.class || type == J8sControlPlane.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        J8sControlPlane plane = controlPlane(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == KubernetesClient.class) {
            return plane.client();
        }
        return type == URI.class ? plane.url() : plane;
    }

    private J8sControlPlane controlPlane(ExtensionContext context) {
        ExtensionContext owner = owner(context);
        boolean useHttps = https || owner.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, J8s.class)).map(J8s::https).orElse(false);
        return owner.getStore(NAMESPACE)
                .getOrComputeIfAbsent(J8sControlPlane.class, key -> J8sControlPlane.start(useHttps), J8sControlPlane.class);
    }

    /** The context of the outermost test class: the one whose control plane every nested test shares. */
    private static ExtensionContext owner(ExtensionContext context) {
        ExtensionContext owner = context;
        while (owner.getParent().filter(parent -> parent.getTestClass().isPresent()).isPresent()) {
            owner = owner.getParent().orElseThrow();
        }
        return owner;
    }
}
