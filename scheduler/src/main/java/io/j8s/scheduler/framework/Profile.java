package io.j8s.scheduler.framework;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A named scheduler: which plugins run at each extension point and with what score weight.
 * Pods choose one by {@code spec.schedulerName}. As in KubeSchedulerConfiguration, multiPoint
 * plugins join every extension point they implement unless disabled there ({@code "*"} disables all).
 *
 * @param schedulerName the name pods ask for, such as {@code default-scheduler}
 * @param multiPoint plugin names enabled at every point they implement, in order
 * @param enabled plugins enabled at one extension point, after the multiPoint ones
 * @param disabled plugins disabled at one extension point
 * @param weights score weight per plugin name (1 when absent or 0)
 * @param pluginArgs pluginConfig args per plugin name
 * @param percentageOfNodesToScore 0 for Kubernetes' adaptive percentage
 */
public record Profile(String schedulerName, List<String> multiPoint, Map<ExtensionPoint, List<String>> enabled,
                      Map<ExtensionPoint, Set<String>> disabled, Map<String, Integer> weights,
                      Map<String, JsonNode> pluginArgs, int percentageOfNodesToScore) {

    public static final String DEFAULT_SCHEDULER_NAME = "default-scheduler";

    public Profile {
        multiPoint = List.copyOf(multiPoint);
        enabled = Map.copyOf(enabled);
        disabled = Map.copyOf(disabled);
        weights = Map.copyOf(weights);
        pluginArgs = Map.copyOf(pluginArgs);
    }

    /** A profile running exactly the given plugins wherever they fit, all weights 1. */
    public static Profile of(String schedulerName, List<String> plugins) {
        return new Profile(schedulerName, plugins, Map.of(), Map.of(), Map.of(), Map.of(), 0);
    }

    public int weight(String plugin) {
        int w = weights.getOrDefault(plugin, 1);
        return w == 0 ? 1 : w;
    }

    public boolean isDisabled(ExtensionPoint point, String plugin) {
        Set<String> off = disabled.getOrDefault(point, Set.of());
        return off.contains(plugin) || off.contains("*");
    }
}
