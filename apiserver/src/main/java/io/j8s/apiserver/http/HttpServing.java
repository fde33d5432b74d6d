package io.j8s.apiserver.http;

import io.j8s.apimachinery.protobuf.KubernetesProtobuf;
import io.j8s.apiserver.registry.Registries;
import io.j8s.storage.Store;
import java.time.Clock;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/** Builds the {@link ApiHandler} of a server from what it serves: the one entry point into this package. */
public final class HttpServing {

    private HttpServing() {}

    /**
     * The handler serving these registries over this store, with protobuf, tables and discovery
     * wired in; {@code shuttingDown} turns {@code /readyz} red during a graceful stop.
     */
    public static ApiHandler handler(Registries registries, Store store, Clock clock, BooleanSupplier shuttingDown) {
        return new ApiHandler(registries, store, new KubernetesProtobufCodec(KubernetesProtobuf::new),
                new TableConverter(clock), new OpenApiEndpoint(registries), new SplittableRandom(), shuttingDown);
    }
}
