package io.j8s.scheduler.framework;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Plugin factories by name. Start from the in-tree set ({@code InTreePlugins.registry()}) and
 * {@link #register} your own; profiles then enable them by name. Not thread-safe while being filled.
 */
public final class PluginRegistry {

    private final Map<String, PluginFactory> factories = new LinkedHashMap<>();

    /** Adds a plugin; fails if the name is taken, as Kubernetes' registry does. */
    public PluginRegistry register(String name, PluginFactory factory) {
        if (factories.putIfAbsent(name, factory) != null) {
            throw new IllegalArgumentException("a plugin named " + name + " already exists");
        }
        return this;
    }

    public Optional<PluginFactory> get(String name) {
        return Optional.ofNullable(factories.get(name));
    }

    public PluginRegistry copy() {
        PluginRegistry copy = new PluginRegistry();
        copy.factories.putAll(factories);
        return copy;
    }
}
