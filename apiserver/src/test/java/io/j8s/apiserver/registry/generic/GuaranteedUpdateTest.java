package io.j8s.apiserver.registry.generic;

import static io.j8s.apiserver.registry.generic.RegistryFixture.configMap;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.PatchType;
import io.j8s.apiserver.registry.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GuaranteedUpdateTest {

    private final RegistryFixture f = new RegistryFixture();
    private final RequestOptions.Write defaults = RequestOptions.Write.defaults();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void concurrentPatchesAreRetriedUntilEveryOneIsApplied() throws Exception {
        f.configMaps().create("default", configMap("shared"), defaults);
        int writers = 16;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<ObjectNode>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String patch = "{\"data\":{\"w" + i + "\":\"" + i + "\"}}";
                results.add(pool.submit(() -> f.configMaps().patch("default", "shared", PatchType.MERGE,
                        patch.getBytes(StandardCharsets.UTF_8), defaults)));
            }
            for (Future<ObjectNode> r : results) {
                r.get();
            }
        }

        ObjectNode result = f.configMaps().get("default", "shared", RequestOptions.Get.latest());
        for (int i = 0; i < writers; i++) {
            assertThat(result.path("data").path("w" + i).asText()).isEqualTo(Integer.toString(i));
        }
    }

    @Test
    void concurrentConditionalUpdatesFromOneVersionLetExactlyOneWin() throws Exception {
        ObjectNode created = f.configMaps().create("default", configMap("shared"), defaults);
        int writers = 8;
        int won = 0;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                ObjectNode next = created.deepCopy();
                next.withObjectProperty("data").put("k", "writer-" + i);
                results.add(pool.submit(() -> {
                    try {
                        f.configMaps().update("default", "shared", next, defaults);
                        return true;
                    } catch (io.j8s.apimachinery.api.ApiException e) {
                        assertThat(e.code()).isEqualTo(409);
                        return false;
                    }
                }));
            }
            for (Future<Boolean> r : results) {
                won += r.get() ? 1 : 0;
            }
        }

        assertThat(won).isEqualTo(1);
    }
}
