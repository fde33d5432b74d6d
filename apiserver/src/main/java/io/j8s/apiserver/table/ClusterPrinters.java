package io.j8s.apiserver.table;

import static io.j8s.apiserver.table.Columns.AGE;
import static io.j8s.apiserver.table.Columns.NAME;
import static io.j8s.apiserver.table.Columns.string;
import static io.j8s.apiserver.table.Columns.wide;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Printers of Nodes, Namespaces, Events (core and events.k8s.io), Leases and storage: PVs, PVCs, StorageClasses. */
final class ClusterPrinters {

    private static final String ROLE_PREFIX = "node-role.kubernetes.io/";
    private static final String STORAGE_CLASS_ANNOTATION = "volume.beta.kubernetes.io/storage-class";

    private ClusterPrinters() {}

    static RowPrinter nodes() {
        return new RowPrinter(List.of(NAME,
                string("Status", "The status of the node"),
                string("Roles", "The roles of the node"),
                AGE,
                string("Version", "Kubelet Version reported by the node."),
                wide("Internal-IP", "string", "List of addresses reachable to the node."),
                wide("External-IP", "string", "List of addresses reachable to the node."),
                wide("OS-Image", "string", "OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy))."),
                wide("Kernel-Version", "string", "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64)."),
                wide("Container-Runtime", "string", "ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).")),
                (node, now) -> {
                    JsonNode info = Field.at(node, "status", "nodeInfo");
                    return List.of(Columns.name(node), nodeStatus(node), roles(node), Columns.age(node, now),
                            Field.text(info, "kubeletVersion"),
                            address(node, "InternalIP"), address(node, "ExternalIP"),
                            Field.orElse(Field.text(info, "osImage"), "<unknown>"),
                            Field.orElse(Field.text(info, "kernelVersion"), "<unknown>"),
                            Field.orElse(Field.text(info, "containerRuntimeVersion"), "<unknown>"));
                });
    }

    private static String nodeStatus(JsonNode node) {
        List<String> status = new ArrayList<>();
        for (JsonNode c : Field.items(node, "status", "conditions")) {
            if (Field.text(c, "type").equals("Ready")) {
                status.clear();
                status.add(Field.text(c, "status").equals("True") ? "Ready" : "NotReady");
            }
        }
        if (status.isEmpty()) status.add("Unknown");
        if (Field.at(node, "spec", "unschedulable").asBoolean(false)) status.add("SchedulingDisabled");
        return String.join(",", status);
    }

    private static String roles(JsonNode node) {
        TreeSet<String> roles = new TreeSet<>();
        for (Map.Entry<String, String> label : Field.map(node, "metadata", "labels").entrySet()) {
            if (label.getKey().startsWith(ROLE_PREFIX) && label.getKey().length() > ROLE_PREFIX.length()) {
                roles.add(label.getKey().substring(ROLE_PREFIX.length()));
            } else if (label.getKey().equals("kubernetes.io/role") && !label.getValue().isEmpty()) {
                roles.add(label.getValue());
            }
        }
        return roles.isEmpty() ? "<none>" : String.join(",", roles);
    }

    private static String address(JsonNode node, String type) {
        return Field.items(node, "status", "addresses").stream()
                .filter(a -> Field.text(a, "type").equals(type))
                .map(a -> Field.text(a, "address"))
                .findFirst().orElse("<none>");
    }

    static RowPrinter namespaces() {
        return new RowPrinter(List.of(NAME, string("Status", "The status of the namespace"), AGE),
                (ns, now) -> List.of(Columns.name(ns), Field.text(ns, "status", "phase"), Columns.age(ns, now)));
    }

    static RowPrinter leases() {
        return new RowPrinter(List.of(NAME,
                string("Holder", "holderIdentity contains the identity of the holder of a current lease."),
                AGE),
                (l, now) -> List.of(Columns.name(l), Field.text(l, "spec", "holderIdentity"), Columns.age(l, now)));
    }

    /** Core v1 and events.k8s.io/v1 Events print alike; the latter name their fields differently. */
    static RowPrinter events() {
        return new RowPrinter(List.of(
                string("Last Seen", "The time at which the most recent occurrence of this event was recorded."),
                string("Type", "Type of this event (Normal, Warning), new types could be added in the future"),
                string("Reason", "This should be a short, machine understandable string that gives the reason for the transition into the object's current status."),
                string("Object", "The object that this event is about."),
                wide("Subobject", "string", "If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]."),
                wide("Source", "string", "The component reporting this event. Should be a short machine understandable string."),
                string("Message", "A human-readable description of the status of this operation."),
                wide("First Seen", "string", "The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)"),
                wide("Count", "string", "The number of times this event has occurred."),
                new TableColumn("Name", "string", "name", Columns.NAME_DOC, 1)),
                ClusterPrinters::eventCells);
    }

    private static List<Object> eventCells(com.fasterxml.jackson.databind.node.ObjectNode ev, Instant now) {
        boolean v1 = ev.has("regarding") || ev.has("note") || ev.has("deprecatedCount")
                || Field.text(ev, "apiVersion").startsWith("events.k8s.io/");
        String firstTs = Field.text(ev, v1 ? "deprecatedFirstTimestamp" : "firstTimestamp");
        String lastTs = Field.text(ev, v1 ? "deprecatedLastTimestamp" : "lastTimestamp");
        String first = firstTs.isEmpty() ? HumanDuration.since(Field.text(ev, "eventTime"), now) : HumanDuration.since(firstTs, now);
        String last = lastTs.isEmpty() ? first : HumanDuration.since(lastTs, now);
        long count = Field.number(ev, v1 ? "deprecatedCount" : "count");
        if (Field.present(ev, "series")) {
            last = HumanDuration.since(Field.text(ev, "series", "lastObservedTime"), now);
            count = Field.number(ev, "series", "count");
        } else if (count == 0) {
            count = 1;
        }
        JsonNode regarding = ev.path(v1 ? "regarding" : "involvedObject");
        String kind = Field.text(regarding, "kind").toLowerCase(java.util.Locale.ROOT);
        String target = Field.text(regarding, "name").isEmpty() ? kind : kind + "/" + Field.text(regarding, "name");
        JsonNode source = ev.path(v1 ? "deprecatedSource" : "source");
        String component = Field.orElse(Field.text(source, "component"), Field.text(ev, "reportingController"));
        String instance = Field.orElse(Field.text(source, "host"), Field.text(ev, "reportingInstance"));
        String message = Field.text(ev, v1 ? "note" : "message").strip();
        return List.of(last, Field.text(ev, "type"), Field.text(ev, "reason"), target,
                Field.text(regarding, "fieldPath"),
                instance.isEmpty() ? component : component + ", " + instance,
                message, first, count, Columns.name(ev));
    }

    static RowPrinter persistentVolumes() {
        return new RowPrinter(List.of(NAME,
                string("Capacity", "capacity is the description of the persistent volume's resources and capacity."),
                string("Access Modes", "accessModes contains all ways the volume can be mounted."),
                string("Reclaim Policy", "persistentVolumeReclaimPolicy defines what happens to a persistent volume when released from its claim."),
                string("Status", "phase indicates if a volume is available, bound to a claim, or released by a claim."),
                string("Claim", "claimRef is part of a bi-directional binding between PersistentVolume and PersistentVolumeClaim."),
                string("StorageClass", "StorageClass of the pv"),
                string("VolumeAttributesClass", "VolumeAttributesClass of the pv"),
                string("Reason", "reason is a brief CamelCase string that describes any failure and is meant for machine parsing and tidy display in the CLI."),
                AGE,
                wide("VolumeMode", "string", "volumeMode defines if a volume is intended to be used with a formatted filesystem or to remain in raw block state.")),
                (pv, now) -> {
                    JsonNode claim = Field.at(pv, "spec", "claimRef");
                    String claimText = claim.isObject() ? Field.text(claim, "namespace") + "/" + Field.text(claim, "name") : "";
                    String phase = Field.present(pv, "metadata", "deletionTimestamp") ? "Terminating" : Field.text(pv, "status", "phase");
                    return List.of(Columns.name(pv),
                            Field.text(pv, "spec", "capacity", "storage"),
                            accessModes(Field.items(pv, "spec", "accessModes")),
                            Field.text(pv, "spec", "persistentVolumeReclaimPolicy"),
                            phase, claimText, storageClass(pv),
                            Field.orElse(Field.text(pv, "spec", "volumeAttributesClassName"), "<unset>"),
                            Field.text(pv, "status", "reason"),
                            Columns.age(pv, now),
                            Field.orElse(Field.text(pv, "spec", "volumeMode"), "<unset>"));
                });
    }

    static RowPrinter persistentVolumeClaims() {
        return new RowPrinter(List.of(NAME,
                string("Status", "phase represents the current phase of PersistentVolumeClaim."),
                string("Volume", "volumeName is the binding reference to the PersistentVolume backing this claim."),
                string("Capacity", "capacity represents the actual resources of the underlying volume."),
                string("Access Modes", "accessModes contains the actual access modes the volume backing the PVC has."),
                string("StorageClass", "StorageClass of the pvc"),
                string("VolumeAttributesClass", "VolumeAttributesClass of the pvc"),
                AGE,
                wide("VolumeMode", "string", "volumeMode defines what type of volume is required by the claim.")),
                (pvc, now) -> {
                    String volume = Field.text(pvc, "spec", "volumeName");
                    boolean bound = !volume.isEmpty();
                    String phase = Field.present(pvc, "metadata", "deletionTimestamp") ? "Terminating" : Field.text(pvc, "status", "phase");
                    return List.of(Columns.name(pvc), phase, volume,
                            bound ? Field.text(pvc, "status", "capacity", "storage") : "",
                            bound ? accessModes(Field.items(pvc, "status", "accessModes")) : "",
                            storageClass(pvc),
                            Field.orElse(Field.text(pvc, "spec", "volumeAttributesClassName"), "<unset>"),
                            Columns.age(pvc, now),
                            Field.orElse(Field.text(pvc, "spec", "volumeMode"), "<unset>"));
                });
    }

    private static String storageClass(JsonNode obj) {
        String annotated = Field.map(obj, "metadata", "annotations").get(STORAGE_CLASS_ANNOTATION);
        return annotated != null ? annotated : Field.text(obj, "spec", "storageClassName");
    }

    /** {@code RWO,ROX,RWX,RWOP} in that order, as {@code GetAccessModesAsString}. */
    private static String accessModes(List<JsonNode> modes) {
        List<String> names = modes.stream().map(JsonNode::asText).toList();
        List<String> out = new ArrayList<>();
        if (names.contains("ReadWriteOnce")) out.add("RWO");
        if (names.contains("ReadOnlyMany")) out.add("ROX");
        if (names.contains("ReadWriteMany")) out.add("RWX");
        if (names.contains("ReadWriteOncePod")) out.add("RWOP");
        return String.join(",", out);
    }

    static RowPrinter storageClasses() {
        return new RowPrinter(List.of(NAME,
                string("Provisioner", "provisioner indicates the type of the provisioner."),
                string("ReclaimPolicy", "reclaimPolicy controls the reclaimPolicy for dynamically provisioned PersistentVolumes of this storage class."),
                string("VolumeBindingMode", "volumeBindingMode indicates how PersistentVolumeClaims should be provisioned and bound."),
                string("AllowVolumeExpansion", "allowVolumeExpansion shows whether the storage class allow volume expand."),
                AGE),
                (sc, now) -> {
                    Map<String, String> annotations = Field.map(sc, "metadata", "annotations");
                    boolean isDefault = "true".equals(annotations.get("storageclass.kubernetes.io/is-default-class"))
                            || "true".equals(annotations.get("storageclass.beta.kubernetes.io/is-default-class"));
                    return List.of(Columns.name(sc) + (isDefault ? " (default)" : ""),
                            Field.text(sc, "provisioner"),
                            Field.orElse(Field.text(sc, "reclaimPolicy"), "Delete"),
                            Field.orElse(Field.text(sc, "volumeBindingMode"), "Immediate"),
                            sc.path("allowVolumeExpansion").asBoolean(false),
                            Columns.age(sc, now));
                });
    }
}
