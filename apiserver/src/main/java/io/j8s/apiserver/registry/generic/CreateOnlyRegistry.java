package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apiserver.registry.PatchType;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceRegistry;
import io.j8s.apiserver.registry.WatchSink;

/** A resource that only answers POST (reviews, bindings): every other verb is 405. */
abstract class CreateOnlyRegistry implements ResourceRegistry {

    private ApiException unsupported(String verb) {
        return ApiException.methodNotSupported(definition().groupResource(), verb);
    }

    @Override
    public ObjectNode get(String namespace, String name, RequestOptions.Get options) {
        throw unsupported("get");
    }

    @Override
    public ObjectNode list(String namespace, RequestOptions.ListOptions options) {
        throw unsupported("list");
    }

    @Override
    public AutoCloseable watch(String namespace, RequestOptions.ListOptions options, WatchSink sink) {
        throw unsupported("watch");
    }

    @Override
    public ObjectNode update(String namespace, String name, ObjectNode obj, RequestOptions.Write options) {
        throw unsupported("update");
    }

    @Override
    public ObjectNode patch(String namespace, String name, PatchType type, byte[] patch, RequestOptions.Write options) {
        throw unsupported("patch");
    }

    @Override
    public DeleteOutcome delete(String namespace, String name, RequestOptions.Delete options) {
        throw unsupported("delete");
    }

    @Override
    public ObjectNode deleteCollection(String namespace, RequestOptions.ListOptions list, RequestOptions.Delete options) {
        throw unsupported("deletecollection");
    }

    @Override
    public ObjectNode getSubresource(String namespace, String name, String subresource) {
        throw unsupported("get");
    }

    @Override
    public ObjectNode updateSubresource(String namespace, String name, String subresource, ObjectNode obj,
                                        RequestOptions.Write options) {
        throw unsupported("update");
    }

    @Override
    public ObjectNode patchSubresource(String namespace, String name, String subresource, PatchType type, byte[] patch,
                                       RequestOptions.Write options) {
        throw unsupported("patch");
    }

    @Override
    public ObjectNode createSubresource(String namespace, String name, String subresource, ObjectNode obj,
                                        RequestOptions.Write options) {
        throw unsupported("create");
    }
}
