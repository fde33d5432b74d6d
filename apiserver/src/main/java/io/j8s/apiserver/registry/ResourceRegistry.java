package io.j8s.apiserver.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The REST operations on one resource at one version, over the store: what a request becomes once
 * the HTTP layer has decoded it. Objects in and out are wire JSON trees with apiVersion and kind
 * of this resource's version. Every failure is an {@link io.j8s.apimachinery.api.ApiException}.
 * Thread-safe.
 */
public interface ResourceRegistry {

    ResourceDefinition definition();

    /** GET of one object; {@code namespace} is null for cluster-scoped resources. */
    ObjectNode get(String namespace, String name, RequestOptions.Get options);

    /** A list object ({@code kind: PodList}) with {@code metadata.resourceVersion} and {@code continue}. */
    ObjectNode list(String namespace, RequestOptions.ListOptions options);

    /**
     * Starts a watch; events go to the sink until it or the returned handle is closed, the
     * timeout passes, or the watch fails (then an ERROR event carries a Status, such as 410 Expired).
     */
    AutoCloseable watch(String namespace, RequestOptions.ListOptions options, WatchSink sink);

    ObjectNode create(String namespace, ObjectNode obj, RequestOptions.Write options);

    /** PUT: replaces the object; a stale metadata.resourceVersion is a 409 Conflict. */
    ObjectNode update(String namespace, String name, ObjectNode obj, RequestOptions.Write options);

    ObjectNode patch(String namespace, String name, PatchType type, byte[] patch, RequestOptions.Write options);

    /**
     * DELETE: the object as it is after the call, with deletionTimestamp set when finalizers or a
     * grace period keep it; {@link DeleteOutcome#gone()} tells whether it is gone already.
     */
    DeleteOutcome delete(String namespace, String name, RequestOptions.Delete options);

    /** DELETE of a collection: the list of the objects deleted. */
    ObjectNode deleteCollection(String namespace, RequestOptions.ListOptions list, RequestOptions.Delete options);

    /** GET of a subresource: {@code status} (the whole object), {@code scale} (a Scale object). */
    ObjectNode getSubresource(String namespace, String name, String subresource);

    /** PUT of a subresource ({@code status}, {@code scale}). */
    ObjectNode updateSubresource(String namespace, String name, String subresource, ObjectNode obj, RequestOptions.Write options);

    /** PATCH of a subresource ({@code status}, {@code scale}). */
    ObjectNode patchSubresource(String namespace, String name, String subresource, PatchType type, byte[] patch, RequestOptions.Write options);

    /** POST to a subresource ({@code binding}, {@code eviction}): the Status or object to return. */
    ObjectNode createSubresource(String namespace, String name, String subresource, ObjectNode obj, RequestOptions.Write options);

    /** The outcome of a delete: the object as last seen, and whether it is gone from the store. */
    record DeleteOutcome(ObjectNode object, boolean gone) {}
}
