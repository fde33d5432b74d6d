package io.j8s.scheduler.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.j8s.scheduler.framework.ExtensionPoint;
import io.j8s.scheduler.framework.Profile;
import io.j8s.scheduler.plugins.InTreePlugins;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scheduler's settings: profiles, the share of nodes to score, and leader election.
 *
 * @param percentageOfNodesToScore 0 for adaptive (50% minus 1% per 125 nodes, at least 5%)
 */
public record SchedulerConfiguration(List<Profile> profiles, int percentageOfNodesToScore,
                                     LeaderElection leaderElection) {

    public static final String API_VERSION = "kubescheduler.config.k8s.io/v1";

    /** Lease-based leader election settings, as KubeSchedulerConfiguration's leaderElection. */
    public record LeaderElection(boolean leaderElect, String resourceNamespace, String resourceName,
                                 Duration leaseDuration, Duration renewDeadline, Duration retryPeriod) {
        public static LeaderElection defaults() {
            return new LeaderElection(false, "kube-system", "kube-scheduler", Duration.ofSeconds(15),
                    Duration.ofSeconds(10), Duration.ofSeconds(2));
        }
    }

    public SchedulerConfiguration {
        profiles = List.copyOf(profiles);
        Set<String> names = new HashSet<>();
        for (Profile p : profiles) {
            if (!names.add(p.schedulerName())) {
                throw new IllegalArgumentException("profiles[].schedulerName: Duplicate value: \""
                        + p.schedulerName() + "\"");
            }
        }
        if (percentageOfNodesToScore < 0 || percentageOfNodesToScore > 100) {
            throw new IllegalArgumentException("percentageOfNodesToScore: Invalid value: " + percentageOfNodesToScore
                    + ": not in valid range [0-100]");
        }
    }

    /** One {@code default-scheduler} profile with Kubernetes' default plugins. */
    public static SchedulerConfiguration defaults() {
        return new SchedulerConfiguration(List.of(profile(Profile.DEFAULT_SCHEDULER_NAME, null, Map.of(), 0)), 0,
                LeaderElection.defaults());
    }

    public SchedulerConfiguration withLeaderElect(boolean leaderElect) {
        LeaderElection le = leaderElection;
        return new SchedulerConfiguration(profiles, percentageOfNodesToScore, new LeaderElection(leaderElect,
                le.resourceNamespace(), le.resourceName(), le.leaseDuration(), le.renewDeadline(), le.retryPeriod()));
    }

    public static SchedulerConfiguration load(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("reading scheduler configuration " + file, e);
        }
    }

    /** Parses a KubeSchedulerConfiguration document. */
    public static SchedulerConfiguration parse(String yaml) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid scheduler configuration: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("invalid scheduler configuration: not an object");
        }
        String apiVersion = root.path("apiVersion").asText("");
        String kind = root.path("kind").asText("");
        if (!API_VERSION.equals(apiVersion) || !"KubeSchedulerConfiguration".equals(kind)) {
            throw new IllegalArgumentException("no kind \"" + kind + "\" is registered for version \"" + apiVersion
                    + "\"; expected KubeSchedulerConfiguration in " + API_VERSION);
        }
        int percentage = root.path("percentageOfNodesToScore").asInt(0);
        List<Profile> profiles = new ArrayList<>();
        JsonNode list = root.path("profiles");
        if (!list.isArray() || list.isEmpty()) {
            profiles.add(profile(Profile.DEFAULT_SCHEDULER_NAME, null, Map.of(), 0));
        }
        for (JsonNode p : list) {
            Map<String, JsonNode> args = new HashMap<>();
            for (JsonNode pc : p.path("pluginConfig")) {
                args.put(pc.path("name").asText(), pc.path("args"));
            }
            int profilePercentage = p.path("percentageOfNodesToScore").asInt(percentage);
            profiles.add(profile(p.path("schedulerName").asText(Profile.DEFAULT_SCHEDULER_NAME),
                    p.path("plugins"), args, profilePercentage));
        }
        LeaderElection le = LeaderElection.defaults();
        JsonNode l = root.path("leaderElection");
        if (l.isObject()) {
            le = new LeaderElection(l.path("leaderElect").asBoolean(false),
                    l.path("resourceNamespace").asText(le.resourceNamespace()),
                    l.path("resourceName").asText(le.resourceName()),
                    duration(l.path("leaseDuration"), le.leaseDuration()),
                    duration(l.path("renewDeadline"), le.renewDeadline()),
                    duration(l.path("retryPeriod"), le.retryPeriod()));
        }
        return new SchedulerConfiguration(profiles, percentage, le);
    }

    /** Go durations such as 15s, 1m30s or 500ms. */
    static Duration duration(JsonNode node, Duration fallback) {
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        String text = node.asText();
        var m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)").matcher(text);
        long nanos = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                break;
            }
            end = m.end();
            double v = Double.parseDouble(m.group(1));
            nanos += (long) (v * switch (m.group(2)) {
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                default -> 3600e9;
            });
        }
        if (end != text.length() || text.isEmpty()) {
            throw new IllegalArgumentException("time: invalid duration \"" + text + "\"");
        }
        return Duration.ofNanos(nanos);
    }

    /** Merges a profile's {@code plugins} over the defaults the way kube-scheduler does. */
    private static Profile profile(String name, JsonNode plugins, Map<String, JsonNode> args, int percentage) {
        Map<String, Integer> multi = new LinkedHashMap<>(InTreePlugins.defaultMultiPoint());
        Map<String, Integer> weights = new HashMap<>(multi);
        Map<ExtensionPoint, List<String>> enabled = new HashMap<>();
        Map<ExtensionPoint, Set<String>> disabled = new HashMap<>();
        if (plugins != null && plugins.isObject()) {
            JsonNode mp = plugins.path("multiPoint");
            for (JsonNode d : mp.path("disabled")) {
                String n = d.path("name").asText();
                if ("*".equals(n)) {
                    multi.clear();
                } else {
                    multi.remove(n);
                }
            }
            for (JsonNode e : mp.path("enabled")) {
                String n = e.path("name").asText();
                multi.remove(n);
                multi.put(n, e.path("weight").asInt(0));
                if (e.has("weight")) {
                    weights.put(n, e.path("weight").asInt());
                }
            }
            for (ExtensionPoint point : ExtensionPoint.values()) {
                JsonNode set = plugins.path(point.configName());
                for (JsonNode d : set.path("disabled")) {
                    disabled.computeIfAbsent(point, k -> new HashSet<>()).add(d.path("name").asText());
                }
                for (JsonNode e : set.path("enabled")) {
                    String n = e.path("name").asText();
                    enabled.computeIfAbsent(point, k -> new ArrayList<>()).add(n);
                    if (e.has("weight")) {
                        weights.put(n, e.path("weight").asInt());
                    }
                }
            }
        }
        return new Profile(name, List.copyOf(multi.keySet()), enabled, disabled, weights, args, percentage);
    }
}
