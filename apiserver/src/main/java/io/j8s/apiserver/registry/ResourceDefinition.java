package io.j8s.apiserver.registry;

import io.j8s.apimachinery.api.ApiException.GroupResource;
import java.util.List;
import java.util.Set;

/**
 * One resource served at one group-version, as discovery describes it.
 *
 * @param group the API group, empty for the core group
 * @param version the version, such as {@code v1}
 * @param resource the plural name used in paths, such as {@code pods}
 * @param kind the kind, such as {@code Pod}
 * @param singular the singular name, such as {@code pod}
 * @param namespaced whether objects live in a namespace
 * @param shortNames kubectl short names, such as {@code po}
 * @param categories discovery categories, such as {@code all}
 * @param subresources subresource names served, such as {@code status}, {@code scale}, {@code binding}
 * @param storageVersion the version objects are stored in (this one unless the resource is served at several)
 * @param modelClass the fabric8 model class of the kind, for schemas, typed validation and protobuf
 * @param verbs the verbs served, {@link #VERBS} for stored resources, {@code create} alone for reviews
 */
public record ResourceDefinition(
        String group,
        String version,
        String resource,
        String kind,
        String singular,
        boolean namespaced,
        List<String> shortNames,
        List<String> categories,
        Set<String> subresources,
        String storageVersion,
        Class<?> modelClass,
        List<String> verbs) {

    /** Verbs every built-in resource serves. */
    public static final List<String> VERBS =
            List.of("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");

    /** {@code v1} for the core group, otherwise {@code group/version}. */
    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    public String listKind() {
        return kind + "List";
    }

    public GroupResource groupResource() {
        return new GroupResource(group, resource);
    }

    /** Whether objects of this resource are kept in the store (false for reviews, which are only created). */
    public boolean stored() {
        return verbs.contains("get");
    }

    public boolean hasSubresource(String name) {
        return subresources.contains(name);
    }

    /**
     * The store key of an object: {@code /registry/<resource>/<namespace>/<name>}, or
     * {@code /registry/<resource>/<name>} for cluster-scoped resources. Resources served at several
     * versions (or groups, like events) share one key space.
     */
    public String key(String namespace, String name) {
        return namespaced ? prefix(namespace) + name : "/registry/" + resource + "/" + name;
    }

    /** The key prefix of all objects, or of one namespace's objects when {@code namespace} is not null. */
    public String prefix(String namespace) {
        if (!namespaced || namespace == null || namespace.isEmpty()) {
            return "/registry/" + resource + "/";
        }
        return "/registry/" + resource + "/" + namespace + "/";
    }
}
