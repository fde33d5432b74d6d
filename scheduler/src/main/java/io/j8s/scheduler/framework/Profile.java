package io.j8s.scheduler.framework;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A named scheduler: which plugins run at each extension point and with what score weight.
 * Pods choose one by {@code spec.schedulerName}.
 *
 * @param schedulerName the name pods ask for, such as {@code default-scheduler}
 * @param plugins plugin names in order per extension point
 * @param weights score weight per plugin name (1 when absent)
 * @param pluginArgs pluginConfig args per plugin name
 * @param percentageOfNodesToScore 0 for Kubernetes' adaptive percentage
 */
public record Profile(String schedulerName, Map<ExtensionPoint, List<String>> plugins, Map<String, Integer> weights,
                      Map<String, JsonNode> pluginArgs, int percentageOfNodesToScore) {

    public static final String DEFAULT_SCHEDULER_NAME = "default-scheduler";

    public Profile {
        plugins = Map.copyOf(plugins);
        weights = Map.copyOf(weights);
        pluginArgs = Map.copyOf(pluginArgs);
    }

    public List<String> pluginsAt(ExtensionPoint point) {
        return plugins.getOrDefault(point, List.of());
    }

    public int weight(String plugin) {
        return weights.getOrDefault(plugin, 1);
    }
}
