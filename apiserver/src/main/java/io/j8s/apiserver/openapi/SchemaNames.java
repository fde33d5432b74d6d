package io.j8s.apiserver.openapi;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Kubernetes definition name of a fabric8 model class: {@code io.k8s.api.core.v1.Pod},
 * {@code io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta}... fabric8 keeps the core group and
 * {@code meta/v1} in one package, so meta types are listed by name.
 */
final class SchemaNames {

    static final String META = "io.k8s.apimachinery.pkg.apis.meta.v1.";
    static final String QUANTITY = "io.k8s.apimachinery.pkg.api.resource.Quantity";
    static final String INT_OR_STRING = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
    static final String RAW_EXTENSION = "io.k8s.apimachinery.pkg.runtime.RawExtension";
    static final String TIME = META + "Time";
    static final String MICRO_TIME = META + "MicroTime";

    private static final String FABRIC8 = "io.fabric8.kubernetes.api.model";
    private static final Pattern VERSION = Pattern.compile("v\\d+((alpha|beta)\\d+)?");

    private static final Set<String> META_TYPES = Set.of(
            "APIGroup", "APIGroupList", "APIResource", "APIResourceList", "APIVersions", "Condition",
            "CreateOptions", "DeleteOptions", "Duration", "FieldsV1", "GetOptions", "GroupVersionForDiscovery",
            "LabelSelector", "LabelSelectorRequirement", "ListMeta", "ListOptions", "ManagedFieldsEntry",
            "MicroTime", "ObjectMeta", "OwnerReference", "Patch", "PatchOptions", "Preconditions", "RootPaths",
            "ServerAddressByClientCIDR", "Status", "StatusCause", "StatusDetails", "TypeMeta", "UpdateOptions",
            "WatchEvent");

    private SchemaNames() {}

    static String of(Class<?> type) {
        String simple = type.getSimpleName();
        String pkg = type.getPackageName();
        if (pkg.equals(FABRIC8)) {
            return switch (simple) {
                case "Quantity" -> QUANTITY;
                case "IntOrString" -> INT_OR_STRING;
                default -> META_TYPES.contains(simple) ? META + simple : "io.k8s.api.core.v1." + simple;
            };
        }
        if (pkg.equals(FABRIC8 + ".runtime")) {
            return "io.k8s.apimachinery.pkg.runtime." + simple;
        }
        if (pkg.startsWith(FABRIC8 + ".")) {
            String[] parts = pkg.substring(FABRIC8.length() + 1).split("\\.");
            String last = parts[parts.length - 1];
            boolean versioned = VERSION.matcher(last).matches();
            String group = versioned ? String.join(".", java.util.Arrays.copyOf(parts, parts.length - 1)) : String.join(".", parts);
            String version = versioned ? last : "v1";
            if (group.equals("apiextensions")) {
                return "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions." + version + "." + simple;
            }
            return "io.k8s.api." + group + "." + version + "." + simple;
        }
        return type.getName();
    }

    /** The name Kubernetes gives schemas of custom resources: the group reversed, then version and kind. */
    static String ofCustom(String group, String version, String kind) {
        String[] parts = group.split("\\.");
        StringBuilder reversed = new StringBuilder();
        for (int i = parts.length - 1; i >= 0; i--) {
            reversed.append(parts[i]).append('.');
        }
        return reversed + version + "." + kind;
    }
}
