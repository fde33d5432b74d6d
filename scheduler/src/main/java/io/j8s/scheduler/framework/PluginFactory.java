package io.j8s.scheduler.framework;

import com.fasterxml.jackson.databind.JsonNode;

/** Builds a plugin from its pluginConfig args (an empty object when none) and the framework handle. */
@FunctionalInterface
public interface PluginFactory {

    Plugin create(JsonNode args, FrameworkHandle handle);
}
