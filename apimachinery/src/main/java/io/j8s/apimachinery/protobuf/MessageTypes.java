package io.j8s.apimachinery.protobuf;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The protobuf message of each built-in kind, found by apiVersion and kind. Built once from the
 * descriptors of {@code client-java-proto} (only descriptors: its pre-22 generated classes log a
 * security warning on every parse with this protobuf-java); immutable and thread-safe afterwards.
 */
final class MessageTypes {

    private static final String GENERATED_PACKAGE = "io.kubernetes.client.proto.";

    /** Outer classes of client-java-proto; one per proto file (a missing one is skipped). */
    private static final List<String> OUTER_CLASSES = List.of(
            "Meta", "Runtime", "IntStr", "Resource",
            "V1", "V1Admission", "V1Admissionregistration", "V1Apiextensions", "V1Apps",
            "V1Authentication", "V1Authorization", "V1Autoscaling", "V1Batch", "V1Certificates",
            "V1Coordination", "V1Discovery", "V1Events", "V1Flowcontrol", "V1Networking", "V1Node",
            "V1Policy", "V1Rbac", "V1Resource", "V1Scheduling", "V1Storage",
            "V1alpha1Apiserverinternal", "V1alpha1Imagepolicy", "V1alpha1Rbac", "V1alpha1Scheduling",
            "V1beta1Admission", "V1beta1Admissionregistration", "V1beta1Apiextensions", "V1beta1Apps",
            "V1beta1Authentication", "V1beta1Authorization", "V1beta1Batch", "V1beta1Certificates",
            "V1beta1Extensions", "V1beta1Policy", "V1beta1Rbac", "V1beta1Storage",
            "V1beta1Storagemigration", "V1beta2Apps", "V2Apidiscovery", "V2Autoscaling",
            "V2beta1Apidiscovery", "V2beta1Autoscaling", "V2beta2Autoscaling");

    /** API group of each directory under k8s.io/api, as the API server names it. */
    private static final Map<String, String> GROUP_OF_DIRECTORY = Map.ofEntries(
            Map.entry("core", ""),
            Map.entry("apps", "apps"),
            Map.entry("batch", "batch"),
            Map.entry("autoscaling", "autoscaling"),
            Map.entry("policy", "policy"),
            Map.entry("extensions", "extensions"),
            Map.entry("admission", "admission.k8s.io"),
            Map.entry("admissionregistration", "admissionregistration.k8s.io"),
            Map.entry("apidiscovery", "apidiscovery.k8s.io"),
            Map.entry("apiserverinternal", "internal.apiserver.k8s.io"),
            Map.entry("authentication", "authentication.k8s.io"),
            Map.entry("authorization", "authorization.k8s.io"),
            Map.entry("certificates", "certificates.k8s.io"),
            Map.entry("coordination", "coordination.k8s.io"),
            Map.entry("discovery", "discovery.k8s.io"),
            Map.entry("events", "events.k8s.io"),
            Map.entry("flowcontrol", "flowcontrol.apiserver.k8s.io"),
            Map.entry("imagepolicy", "imagepolicy.k8s.io"),
            Map.entry("networking", "networking.k8s.io"),
            Map.entry("node", "node.k8s.io"),
            Map.entry("rbac", "rbac.authorization.k8s.io"),
            Map.entry("resource", "resource.k8s.io"),
            Map.entry("scheduling", "scheduling.k8s.io"),
            Map.entry("storage", "storage.k8s.io"),
            Map.entry("storagemigration", "storagemigration.k8s.io"),
            Map.entry("apiextensions", "apiextensions.k8s.io"));

    private static final String API_PACKAGE = "k8s.io.api.";
    private static final String APIEXTENSIONS_PACKAGE = "k8s.io.apiextensions_apiserver.pkg.apis.apiextensions.";
    static final String META_PACKAGE = "k8s.io.apimachinery.pkg.apis.meta.v1";

    /**
     * meta/v1 kinds that every group-version serves (metav1.AddToGroupVersion registers them
     * everywhere) or that come back as {@code v1}, such as Status.
     */
    private static final Set<String> META_KINDS = Set.of(
            "Status", "DeleteOptions", "WatchEvent", "ListOptions", "GetOptions", "CreateOptions",
            "PatchOptions", "UpdateOptions", "APIVersions", "APIGroupList", "APIGroup",
            "APIResourceList", "PartialObjectMetadata", "PartialObjectMetadataList");

    private static final Set<String> KINDS_WITHOUT_METADATA = Set.of("AdmissionReview", "ConversionReview");

    /** "group/version" -> kind -> message. */
    private final Map<String, Map<String, Descriptor>> kindsByGroupVersion;
    private final Map<String, Descriptor> metaKinds;
    private final List<FileDescriptor> files;

    MessageTypes() {
        List<FileDescriptor> loaded = new ArrayList<>();
        Map<String, Map<String, Descriptor>> kinds = new HashMap<>();
        Map<String, Descriptor> meta = new HashMap<>();
        for (String name : OUTER_CLASSES) {
            FileDescriptor file;
            try {
                file = (FileDescriptor) Class.forName(GENERATED_PACKAGE + name).getMethod("getDescriptor").invoke(null);
            } catch (ReflectiveOperationException | LinkageError e) {
                continue; // another client-java-proto release may lack this API version
            }
            loaded.add(file);
            String pkg = file.getPackage();
            if (pkg.equals(META_PACKAGE)) {
                for (Descriptor d : file.getMessageTypes()) {
                    if (META_KINDS.contains(d.getName())) {
                        meta.put(d.getName(), d);
                    }
                }
                continue;
            }
            String groupVersion = groupVersionOf(pkg);
            if (groupVersion == null) {
                continue;
            }
            Map<String, Descriptor> byKind = kinds.computeIfAbsent(groupVersion, gv -> new HashMap<>());
            for (Descriptor d : file.getMessageTypes()) {
                if (isKind(d)) {
                    byKind.put(d.getName(), d);
                }
            }
        }
        Map<String, Map<String, Descriptor>> frozen = new HashMap<>();
        kinds.forEach((gv, byKind) -> frozen.put(gv, Map.copyOf(byKind)));
        this.kindsByGroupVersion = Map.copyOf(frozen);
        this.metaKinds = Map.copyOf(meta);
        this.files = List.copyOf(loaded);
    }

    /** The proto files of every API loaded, support packages (meta, runtime, intstr, resource) included. */
    List<FileDescriptor> files() {
        return files;
    }

    /**
     * Whether a message of an API package is a kind rather than a part of one (a Container, a
     * PodSpec): kinds carry object or list metadata, or are the options and reviews served without.
     */
    private static boolean isKind(Descriptor type) {
        FieldDescriptor metadata = type.findFieldByName("metadata");
        if (metadata != null && metadata.getType() == FieldDescriptor.Type.MESSAGE) {
            String meta = metadata.getMessageType().getFullName();
            if (meta.equals(META_PACKAGE + ".ObjectMeta") || meta.equals(META_PACKAGE + ".ListMeta")) {
                return true;
            }
        }
        return type.getName().endsWith("Options") || KINDS_WITHOUT_METADATA.contains(type.getName());
    }

    /** "apps/v1" for k8s.io.api.apps.v1, "v1" for core, null for support packages. */
    private static String groupVersionOf(String pkg) {
        String rest;
        if (pkg.startsWith(API_PACKAGE)) {
            rest = pkg.substring(API_PACKAGE.length());
        } else if (pkg.startsWith(APIEXTENSIONS_PACKAGE)) {
            rest = "apiextensions." + pkg.substring(APIEXTENSIONS_PACKAGE.length());
        } else {
            return null;
        }
        int dot = rest.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String group = GROUP_OF_DIRECTORY.get(rest.substring(0, dot));
        if (group == null) {
            return null;
        }
        String version = rest.substring(dot + 1);
        return group.isEmpty() ? version : group + "/" + version;
    }

    /** The kinds of each built-in apiVersion ("v1", "apps/v1"...), meta/v1 kinds aside. */
    Map<String, Set<String>> kinds() {
        Map<String, Set<String>> kinds = new HashMap<>();
        kindsByGroupVersion.forEach((gv, byKind) -> kinds.put(gv, byKind.keySet()));
        return Map.copyOf(kinds);
    }

    /** The message of the kind, or empty when the kind has no protobuf form here. */
    Optional<Descriptor> find(String apiVersion, String kind) {
        if (apiVersion == null || kind == null || apiVersion.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Descriptor> byKind = kindsByGroupVersion.get(apiVersion);
        if (byKind != null && byKind.containsKey(kind)) {
            return Optional.of(byKind.get(kind));
        }
        Descriptor meta = metaKinds.get(kind);
        if (meta != null && (byKind != null || apiVersion.equals("meta.k8s.io/v1"))) {
            return Optional.of(meta);
        }
        return Optional.empty();
    }
}
