package io.j8s.apiserver.http;

import io.j8s.apimachinery.protobuf.KubernetesProtobuf;
import io.j8s.apiserver.registry.Registries;
import io.j8s.storage.Store;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/** Builds the {@link ApiHandler} of a server from what it serves: the one entry point into this package. */
public final class HttpServing {

    private HttpServing() {}

    /** The handler serving these registries over this store, with protobuf, tables and discovery wired in. */
    public static ApiHandler handler(Registries registries, Store store, BooleanSupplier shuttingDown) {
        return new ApiHandler(registries, store, new KubernetesProtobufCodec(new KubernetesProtobuf()),
                ObjectConverter.NONE, new OpenApiEndpoint(), new SplittableRandom(), shuttingDown);
    }
}
