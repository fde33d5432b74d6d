package io.j8s.apiserver.registry;

import java.util.List;
import java.util.Optional;

/** All resources the server serves right now, built-in and (later) custom. Thread-safe. */
public interface Registries {

    /** The registry of a resource at a group-version, if served. */
    Optional<ResourceRegistry> find(String group, String version, String resource);

    /** Every served resource at every version, in discovery order. */
    List<ResourceDefinition> definitions();
}
