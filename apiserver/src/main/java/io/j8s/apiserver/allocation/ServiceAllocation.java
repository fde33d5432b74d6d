package io.j8s.apiserver.allocation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.registry.generic.ResourceHooks;
import io.j8s.storage.KeyValue;
import io.j8s.storage.RangeRequest;
import io.j8s.storage.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The services registry's hooks: a ClusterIP for every Service but headless and ExternalName ones,
 * a NodePort for every port of NodePort and LoadBalancer Services, both given back on delete and
 * when an update stops using them. The ClusterIP may not change once set.
 */
public final class ServiceAllocation implements ResourceHooks {

    private final ClusterIpAllocator ips;
    private final PortAllocator ports;

    public ServiceAllocation(ClusterIpAllocator ips, PortAllocator ports) {
        this.ips = ips;
        this.ports = ports;
    }

    /** Allocators that already hold what the stored Services use, so a restart allocates nothing twice. */
    public static ServiceAllocation rebuild(Store store, ClusterIpAllocator ips, PortAllocator ports) {
        ServiceAllocation allocation = new ServiceAllocation(ips, ports);
        for (KeyValue kv : store.range(RangeRequest.prefix("/registry/services/")).items()) {
            try {
                JsonNode svc = Json.mapper().readTree(kv.value());
                String ip = svc.path("spec").path("clusterIP").asText("");
                if (!ip.isEmpty() && !ip.equals("None")) {
                    ips.allocate(ip);
                }
                for (int port : nodePorts(svc)) {
                    ports.allocate(port);
                }
            } catch (IOException e) {
                // an unreadable object holds nothing we could know about
            }
        }
        return allocation;
    }

    public ClusterIpAllocator clusterIps() {
        return ips;
    }

    public PortAllocator nodePorts() {
        return ports;
    }

    @Override
    public Reservation beforeCreate(ObjectNode svc, boolean dryRun) {
        Changes changes = new Changes();
        try {
            ObjectNode spec = svc.withObjectProperty("spec");
            if (!type(svc).equals("ExternalName")) {
                assignClusterIp(svc, spec, changes);
            }
            if (usesNodePorts(svc)) {
                assignNodePorts(svc, spec, Set.of(), List.of(), changes);
            }
        } catch (RuntimeException e) {
            changes.rollback();
            throw e;
        }
        return finish(changes, dryRun);
    }

    @Override
    public Reservation beforeUpdate(ObjectNode svc, ObjectNode old, boolean dryRun) {
        Changes changes = new Changes();
        try {
            ObjectNode spec = svc.withObjectProperty("spec");
            String oldIp = old.path("spec").path("clusterIP").asText("");
            if (type(svc).equals("ExternalName")) {
                if (!oldIp.isEmpty() && !oldIp.equals("None")) {
                    changes.onCommit.add(() -> ips.release(oldIp));
                }
                spec.remove("clusterIP");
                spec.remove("clusterIPs");
            } else {
                String newIp = requestedIp(spec);
                if (newIp.isEmpty() && !oldIp.isEmpty()) {
                    for (String f : List.of("clusterIP", "clusterIPs", "ipFamilies", "ipFamilyPolicy")) {
                        JsonNode v = old.path("spec").get(f);
                        if (v != null && !spec.has(f)) {
                            spec.set(f, v.deepCopy());
                        }
                    }
                    spec.put("clusterIP", oldIp);
                } else if (!oldIp.isEmpty() && !newIp.equals(oldIp)) {
                    throw invalid(svc, FieldError.invalid("spec.clusterIPs[0]", newIp, "may not change once set"));
                } else if (oldIp.isEmpty()) {
                    assignClusterIp(svc, spec, changes);
                }
            }
            Set<Integer> oldPorts = new HashSet<>(nodePorts(old));
            List<JsonNode> oldPortSpecs = new ArrayList<>();
            old.path("spec").path("ports").forEach(oldPortSpecs::add);
            Set<Integer> kept = usesNodePorts(svc) ? assignNodePorts(svc, spec, oldPorts, oldPortSpecs, changes) : Set.of();
            for (int port : oldPorts) {
                if (!kept.contains(port)) {
                    changes.onCommit.add(() -> ports.release(port));
                }
            }
        } catch (RuntimeException e) {
            changes.rollback();
            throw e;
        }
        return finish(changes, dryRun);
    }

    @Override
    public void afterDelete(ObjectNode svc) {
        String ip = svc.path("spec").path("clusterIP").asText("");
        if (!ip.isEmpty() && !ip.equals("None")) {
            ips.release(ip);
        }
        for (int port : nodePorts(svc)) {
            ports.release(port);
        }
    }

    private Reservation finish(Changes changes, boolean dryRun) {
        if (dryRun) {
            // a dry run checks that everything could be allocated and keeps nothing
            changes.rollback();
            return Reservation.NONE;
        }
        return changes;
    }

    private void assignClusterIp(ObjectNode svc, ObjectNode spec, Changes changes) {
        String requested = requestedIp(spec);
        String ip;
        if (requested.equals("None")) {
            ip = "None";
        } else if (requested.isEmpty()) {
            ip = ips.allocateNext().orElseThrow(() ->
                    ApiException.internal("failed to allocate a serviceIP: range is full"));
            changes.onRollback.add(() -> ips.release(ip));
        } else {
            ip = requested;
            String shown = "[\"" + requested + "\"]";
            switch (ips.allocate(requested)) {
                case ALREADY_ALLOCATED -> throw invalid(svc, new FieldError(FieldError.Type.INVALID, "spec.clusterIPs",
                        new StringBuilder(shown), "provided IP is already allocated"));
                case NOT_IN_RANGE -> throw invalid(svc, new FieldError(FieldError.Type.INVALID, "spec.clusterIPs",
                        new StringBuilder(shown), "the provided IP (" + requested
                                + ") is not in the valid range. The range of valid IPs is " + ips.cidr()));
                case ALLOCATED -> changes.onRollback.add(() -> ips.release(requested));
            }
        }
        spec.put("clusterIP", ip);
        spec.putArray("clusterIPs").add(ip);
        if (!spec.has("ipFamilies")) {
            spec.putArray("ipFamilies").add("IPv4");
        }
        if (!spec.has("ipFamilyPolicy")) {
            spec.put("ipFamilyPolicy", "SingleStack");
        }
    }

    /** Gives every port a NodePort; returns the ports of the old object kept as they were. */
    private Set<Integer> assignNodePorts(ObjectNode svc, ObjectNode spec, Set<Integer> oldPorts, List<JsonNode> oldPortSpecs, Changes changes) {
        Set<Integer> kept = new HashSet<>();
        if (!(spec.get("ports") instanceof ArrayNode list)) {
            return kept;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof ObjectNode port)) {
                continue;
            }
            int requested = port.path("nodePort").asInt(0);
            if (requested == 0) {
                requested = previousNodePort(port, oldPortSpecs);
            }
            if (requested != 0 && oldPorts.contains(requested)) {
                kept.add(requested);
                port.put("nodePort", requested);
                continue;
            }
            if (requested == 0) {
                int allocated = ports.allocateNext().orElseThrow(() ->
                        ApiException.internal("failed to allocate a nodePort: range is full"));
                changes.onRollback.add(() -> ports.release(allocated));
                port.put("nodePort", allocated);
                continue;
            }
            String field = "spec.ports[" + i + "].nodePort";
            int chosen = requested;
            switch (ports.allocate(requested)) {
                case ALREADY_ALLOCATED -> throw invalidPort(svc, field, requested, "provided port is already allocated");
                case NOT_IN_RANGE -> throw invalidPort(svc, field, requested,
                        "provided port is not in the valid range. The range of valid ports is " + ports.range());
                case ALLOCATED -> changes.onRollback.add(() -> ports.release(chosen));
            }
        }
        return kept;
    }

    /** The NodePort the old object gave the same port (by port and protocol), as Kubernetes keeps it. */
    private static int previousNodePort(ObjectNode port, List<JsonNode> oldPortSpecs) {
        for (JsonNode old : oldPortSpecs) {
            if (old.path("port").asInt() == port.path("port").asInt()
                    && old.path("protocol").asText("TCP").equals(port.path("protocol").asText("TCP"))) {
                return old.path("nodePort").asInt(0);
            }
        }
        return 0;
    }

    private static String requestedIp(ObjectNode spec) {
        String ip = spec.path("clusterIP").asText("");
        if (ip.isEmpty() && spec.path("clusterIPs").isArray() && !spec.path("clusterIPs").isEmpty()) {
            ip = spec.path("clusterIPs").get(0).asText("");
        }
        return ip;
    }

    private static String type(JsonNode svc) {
        return svc.path("spec").path("type").asText("ClusterIP");
    }

    private static boolean usesNodePorts(JsonNode svc) {
        String type = type(svc);
        return type.equals("NodePort") || type.equals("LoadBalancer");
    }

    private static List<Integer> nodePorts(JsonNode svc) {
        List<Integer> out = new ArrayList<>();
        if (!usesNodePorts(svc)) {
            return out;
        }
        for (JsonNode port : svc.path("spec").path("ports")) {
            int p = port.path("nodePort").asInt(0);
            if (p > 0) {
                out.add(p);
            }
        }
        return out;
    }

    private static ApiException invalid(ObjectNode svc, FieldError error) {
        return ApiException.invalid("Service", "", svc.path("metadata").path("name").asText(""), List.of(error));
    }

    private static ApiException invalidPort(ObjectNode svc, String field, int port, String detail) {
        return invalid(svc, FieldError.invalid(field, port, detail));
    }

    /** What one write allocated (given back on rollback) and what it freed (given back on commit). */
    private static final class Changes implements Reservation {
        final List<Runnable> onRollback = new ArrayList<>();
        final List<Runnable> onCommit = new ArrayList<>();

        @Override
        public void commit() {
            onCommit.forEach(Runnable::run);
        }

        @Override
        public void rollback() {
            onRollback.forEach(Runnable::run);
        }
    }
}
