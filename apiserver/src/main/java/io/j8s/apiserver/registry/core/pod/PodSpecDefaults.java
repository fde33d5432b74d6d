package io.j8s.apiserver.registry.core.pod;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.core.Defaulting;
import java.util.ArrayList;
import java.util.List;

/**
 * Defaults of a pod spec, as Kubernetes' {@code SetDefaults_PodSpec}, {@code SetDefaults_Container},
 * {@code SetDefaults_Probe}, {@code SetDefaults_Volume} and friends. Shared by pods and every pod
 * template; what only pods get (requests from limits, service links, priority) is
 * {@link #applyPodOnly}.
 */
public final class PodSpecDefaults {

    private PodSpecDefaults() {}

    /** Fills the defaults of a {@code PodSpec} (not a template: pass {@code template.spec}); null is ignored. */
    public static void apply(ObjectNode spec) {
        if (spec == null) {
            return;
        }
        Defaulting.text(spec, "dnsPolicy", "ClusterFirst");
        Defaulting.text(spec, "restartPolicy", "Always");
        Defaulting.object(spec, "securityContext");
        Defaulting.number(spec, "terminationGracePeriodSeconds", 30);
        Defaulting.text(spec, "schedulerName", "default-scheduler");
        boolean hostNetwork = spec.path("hostNetwork").asBoolean(false);
        for (ObjectNode c : allContainers(spec)) {
            container(c, hostNetwork);
        }
        for (ObjectNode v : Defaulting.objects(spec, "volumes")) {
            volume(v);
        }
    }

    /**
     * Defaults Kubernetes gives pods but not templates: resource requests default to limits,
     * {@code enableServiceLinks} true, and (as the Priority admission plugin does when no
     * priorityClassName is set) priority 0 and preemptionPolicy PreemptLowerPriority.
     */
    public static void applyPodOnly(ObjectNode spec) {
        if (spec == null) {
            return;
        }
        for (ObjectNode c : allContainers(spec)) {
            ObjectNode resources = Defaulting.existing(c, "resources");
            ObjectNode limits = Defaulting.existing(resources, "limits");
            if (limits != null && !limits.isEmpty()) {
                ObjectNode requests = Defaulting.object(resources, "requests");
                if (requests != null) {
                    limits.fields().forEachRemaining(e -> {
                        if (!requests.has(e.getKey())) {
                            requests.set(e.getKey(), e.getValue().deepCopy());
                        }
                    });
                }
            }
        }
        Defaulting.bool(spec, "enableServiceLinks", true);
        if (spec.path("priorityClassName").asText("").isEmpty()) {
            Defaulting.number(spec, "priority", 0);
        }
        Defaulting.text(spec, "preemptionPolicy", "PreemptLowerPriority");
    }

    /** Init, regular and ephemeral containers, in that order. */
    static List<ObjectNode> allContainers(JsonNode spec) {
        List<ObjectNode> all = new ArrayList<>(Defaulting.objects(spec, "initContainers"));
        all.addAll(Defaulting.objects(spec, "containers"));
        all.addAll(Defaulting.objects(spec, "ephemeralContainers"));
        return all;
    }

    private static void container(ObjectNode c, boolean hostNetwork) {
        Defaulting.text(c, "imagePullPolicy", defaultPullPolicy(c.path("image").asText("")));
        Defaulting.text(c, "terminationMessagePath", "/dev/termination-log");
        Defaulting.text(c, "terminationMessagePolicy", "File");
        for (ObjectNode port : Defaulting.objects(c, "ports")) {
            Defaulting.text(port, "protocol", "TCP");
            if (hostNetwork && port.has("containerPort")) {
                // With the host's network the container port is the host port.
                Defaulting.number(port, "hostPort", port.path("containerPort").asLong());
            }
        }
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            ObjectNode p = Defaulting.existing(c, probe);
            if (p != null) {
                probe(p);
            }
        }
        ObjectNode lifecycle = Defaulting.existing(c, "lifecycle");
        for (String hook : List.of("postStart", "preStop")) {
            ObjectNode h = Defaulting.existing(lifecycle, hook);
            if (h != null) {
                httpGet(Defaulting.existing(h, "httpGet"));
            }
        }
        for (ObjectNode env : Defaulting.objects(c, "env")) {
            ObjectNode fieldRef = Defaulting.existing(Defaulting.existing(env, "valueFrom"), "fieldRef");
            if (fieldRef != null) {
                Defaulting.text(fieldRef, "apiVersion", "v1");
            }
        }
    }

    /** Always for {@code :latest} or no tag, IfNotPresent for any other tag or a digest. */
    static String defaultPullPolicy(String image) {
        if (image.contains("@")) {
            return "IfNotPresent";
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        if (colon <= slash) {
            return "Always";
        }
        return image.substring(colon + 1).equals("latest") ? "Always" : "IfNotPresent";
    }

    private static void probe(ObjectNode p) {
        Defaulting.number(p, "timeoutSeconds", 1);
        Defaulting.number(p, "periodSeconds", 10);
        Defaulting.number(p, "successThreshold", 1);
        Defaulting.number(p, "failureThreshold", 3);
        httpGet(Defaulting.existing(p, "httpGet"));
        ObjectNode grpc = Defaulting.existing(p, "grpc");
        if (grpc != null && !grpc.has("service")) {
            grpc.put("service", "");
        }
    }

    private static void httpGet(ObjectNode httpGet) {
        if (httpGet != null) {
            Defaulting.text(httpGet, "path", "/");
            Defaulting.text(httpGet, "scheme", "HTTP");
        }
    }

    private static final List<String> VOLUME_SOURCES = List.of(
            "hostPath", "emptyDir", "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "secret", "nfs", "iscsi",
            "glusterfs", "persistentVolumeClaim", "rbd", "flexVolume", "cinder", "cephfs", "flocker", "downwardAPI", "fc",
            "azureFile", "configMap", "vsphereVolume", "quobyte", "azureDisk", "photonPersistentDisk", "projected",
            "portworxVolume", "scaleIO", "storageos", "csi", "ephemeral", "image");

    /** The volume source fields a volume sets. */
    static List<String> volumeSources(JsonNode volume) {
        List<String> set = new ArrayList<>();
        for (String s : VOLUME_SOURCES) {
            if (volume.hasNonNull(s)) {
                set.add(s);
            }
        }
        return set;
    }

    private static void volume(ObjectNode v) {
        if (volumeSources(v).isEmpty()) {
            v.putObject("emptyDir");
        }
        for (String source : List.of("secret", "configMap", "downwardAPI", "projected")) {
            ObjectNode s = Defaulting.existing(v, source);
            if (s != null) {
                Defaulting.number(s, "defaultMode", 0644);
            }
        }
        ObjectNode hostPath = Defaulting.existing(v, "hostPath");
        if (hostPath != null) {
            Defaulting.text(hostPath, "type", "");
        }
        ObjectNode projected = Defaulting.existing(v, "projected");
        for (ObjectNode source : Defaulting.objects(projected, "sources")) {
            ObjectNode token = Defaulting.existing(source, "serviceAccountToken");
            if (token != null) {
                Defaulting.number(token, "expirationSeconds", 3600);
            }
        }
        ObjectNode downward = Defaulting.existing(v, "downwardAPI");
        for (ObjectNode item : Defaulting.objects(downward, "items")) {
            ObjectNode fieldRef = Defaulting.existing(item, "fieldRef");
            if (fieldRef != null) {
                Defaulting.text(fieldRef, "apiVersion", "v1");
            }
        }
    }
}
