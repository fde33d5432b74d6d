package io.j8s.storage.embedded;

import io.j8s.storage.Store;
import io.j8s.storage.StoreContractTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The store contract against the embedded store on disk, with tiny log segments so that segment
 * rolls and snapshots happen during the tests.
 */
class DurableEmbeddedStoreContractTest extends StoreContractTest {

    private Path dir;

    @Override
    protected Store newStore() {
        try {
            dir = Files.createTempDirectory("j8s-store-contract");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return EmbeddedStore.open(dir, new EmbeddedStore.Options(4096, Duration.ofSeconds(5)));
    }

    @Override
    protected void cleanUp(Store store) {
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
