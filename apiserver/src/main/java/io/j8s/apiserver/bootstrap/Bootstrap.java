package io.j8s.apiserver.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.allocation.ClusterIpAllocator;
import io.j8s.apiserver.registry.Registries;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceRegistry;
import java.util.List;
import java.util.Optional;

/**
 * Creates what every cluster has, as Kubernetes' {@code bootstrap-controller} does: the namespaces
 * default, kube-system, kube-public and kube-node-lease, and the {@code kubernetes} Service in
 * default with Endpoints and an EndpointSlice pointing at the API server. Safe to run at every
 * start: what exists is kept, the endpoints are brought up to date.
 */
public final class Bootstrap {

    public static final List<String> SYSTEM_NAMESPACES = List.of("default", "kube-system", "kube-public", "kube-node-lease");

    private final Registries registries;
    private final BootstrapConfig config;

    public Bootstrap(Registries registries, BootstrapConfig config) {
        this.registries = registries;
        this.config = config;
    }

    public void run() {
        for (String ns : SYSTEM_NAMESPACES) {
            ObjectNode namespace = object("v1", "Namespace", null, ns);
            createIfAbsent(registry("", "v1", "namespaces"), null, namespace);
        }
        createIfAbsent(registry("", "v1", "services"), "default", kubernetesService());
        if (config.advertiseAddress() != null && !config.advertiseAddress().isBlank()) {
            createOrReplace(registry("", "v1", "endpoints"), kubernetesEndpoints());
            createOrReplace(registry("discovery.k8s.io", "v1", "endpointslices"), kubernetesEndpointSlice());
        }
    }

    private ObjectNode kubernetesService() {
        ObjectNode svc = object("v1", "Service", "default", "kubernetes");
        ObjectNode labels = svc.withObjectProperty("metadata").putObject("labels");
        labels.put("component", "apiserver");
        labels.put("provider", "kubernetes");
        ObjectNode spec = svc.putObject("spec");
        spec.put("type", "ClusterIP");
        spec.put("clusterIP", ClusterIpAllocator.firstAddressOf(config.serviceClusterIpRange()));
        spec.put("sessionAffinity", "None");
        ObjectNode port = spec.putArray("ports").addObject();
        port.put("name", "https");
        port.put("port", 443);
        port.put("protocol", "TCP");
        port.put("targetPort", config.apiServerPort());
        return svc;
    }

    private ObjectNode kubernetesEndpoints() {
        ObjectNode ep = object("v1", "Endpoints", "default", "kubernetes");
        ep.withObjectProperty("metadata").putObject("labels").put("endpointslice.kubernetes.io/skip-mirror", "true");
        ObjectNode subset = ep.putArray("subsets").addObject();
        subset.putArray("addresses").addObject().put("ip", config.advertiseAddress());
        ObjectNode port = subset.putArray("ports").addObject();
        port.put("name", "https");
        port.put("port", config.apiServerPort());
        port.put("protocol", "TCP");
        return ep;
    }

    private ObjectNode kubernetesEndpointSlice() {
        ObjectNode slice = object("discovery.k8s.io/v1", "EndpointSlice", "default", "kubernetes");
        slice.withObjectProperty("metadata").putObject("labels").put("kubernetes.io/service-name", "kubernetes");
        slice.put("addressType", "IPv4");
        ObjectNode endpoint = slice.putArray("endpoints").addObject();
        endpoint.putArray("addresses").add(config.advertiseAddress());
        endpoint.putObject("conditions").put("ready", true);
        ObjectNode port = slice.putArray("ports").addObject();
        port.put("name", "https");
        port.put("port", config.apiServerPort());
        port.put("protocol", "TCP");
        return slice;
    }

    private static ObjectNode object(String apiVersion, String kind, String namespace, String name) {
        ObjectNode obj = Json.object();
        obj.put("apiVersion", apiVersion);
        obj.put("kind", kind);
        ObjectNode meta = obj.putObject("metadata");
        meta.put("name", name);
        if (namespace != null) {
            meta.put("namespace", namespace);
        }
        return obj;
    }

    private ResourceRegistry registry(String group, String version, String resource) {
        return registries.find(group, version, resource)
                .orElseThrow(() -> new IllegalStateException("no registry for " + resource + "." + group));
    }

    private static void createIfAbsent(ResourceRegistry registry, String namespace, ObjectNode obj) {
        try {
            registry.create(namespace, obj, RequestOptions.Write.defaults());
        } catch (ApiException e) {
            if (e.code() != 409) {
                throw e;
            }
        }
    }

    /** Creates the object, or replaces the part we own when it differs (the server moved). */
    private static void createOrReplace(ResourceRegistry registry, ObjectNode desired) {
        String name = desired.path("metadata").path("name").asText();
        Optional<ObjectNode> existing;
        try {
            existing = Optional.of(registry.get("default", name, RequestOptions.Get.latest()));
        } catch (ApiException e) {
            if (e.code() != 404) {
                throw e;
            }
            existing = Optional.empty();
        }
        if (existing.isEmpty()) {
            createIfAbsent(registry, "default", desired);
            return;
        }
        ObjectNode next = existing.get().deepCopy();
        boolean changed = false;
        for (String field : List.of("subsets", "endpoints", "ports", "addressType")) {
            JsonNode want = desired.get(field);
            if (want != null && !want.equals(next.get(field))) {
                next.set(field, want.deepCopy());
                changed = true;
            }
        }
        if (changed) {
            registry.update("default", name, next, RequestOptions.Write.defaults());
        }
    }
}
