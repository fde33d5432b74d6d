package io.j8s.apiserver.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.ResourceDefinition;
import java.util.Optional;

/**
 * The {@code openAPIV3Schema} of a custom resource version, as its CustomResourceDefinition declares
 * it. Resources without one (or without a fabric8 model class) are described as objects keeping
 * unknown fields.
 */
@FunctionalInterface
public interface CustomResourceSchemas {

    /** No custom resource declares a schema. */
    CustomResourceSchemas NONE = definition -> Optional.empty();

    Optional<ObjectNode> schemaOf(ResourceDefinition definition);
}
