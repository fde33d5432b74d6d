package io.j8s.apiserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.j8s.apimachinery.protobuf.KubernetesProtobuf;
import io.j8s.apimachinery.protobuf.ProtobufWatchEvent;
import java.io.DataInputStream;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Protobuf watch streams, and a graceful close that ends open watches. */
class ApiServerLifecycleIT {

    @Test
    void streamsLengthPrefixedProtobufWatchEvents() throws Exception {
        try (TestApiServer server = TestApiServer.plainHttp()) {
            server.ensureNamespace("proto");
            HttpRequest request = HttpRequest.newBuilder(server.url().resolve("/api/v1/namespaces/proto/configmaps?watch=true"))
                    .header("Accept", "application/vnd.kubernetes.protobuf;stream=watch, application/json").GET().build();
            HttpResponse<InputStream> response = server.http().send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValue("application/vnd.kubernetes.protobuf;stream=watch");
            try (DataInputStream in = new DataInputStream(response.body())) {
                server.client().configMaps().inNamespace("proto").resource(new ConfigMapBuilder()
                        .withNewMetadata().withName("framed").endMetadata().build()).create();
                int length = in.readInt();
                byte[] frame = new byte[4 + length];
                in.readFully(frame, 4, length);
                frame[0] = (byte) (length >>> 24);
                frame[1] = (byte) (length >>> 16);
                frame[2] = (byte) (length >>> 8);
                frame[3] = (byte) length;
                ProtobufWatchEvent event = new KubernetesProtobuf().decodeWatchEvent(frame);
                assertThat(event.type()).isEqualTo("ADDED");
                assertThat(event.object().at("/metadata/name").asText()).isEqualTo("framed");
            }
        }
    }

    @Test
    void endsOpenWatchesWhenItCloses() throws Exception {
        TestApiServer server = TestApiServer.plainHttp();
        try {
            server.ensureNamespace("closing");
            HttpRequest request = HttpRequest.newBuilder(server.url().resolve("/api/v1/namespaces/closing/configmaps?watch=true"))
                    .GET().build();
            CompletableFuture<HttpResponse<String>> whole = server.http().sendAsync(request, HttpResponse.BodyHandlers.ofString());
            await().atMost(Duration.ofSeconds(10)).until(() -> server.server().openWatches() == 1);
            server.server().close();
            HttpResponse<String> response = whole.get(15, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(server.server().openWatches()).isZero();
        } finally {
            server.close();
        }
    }
}
