package io.j8s.storage.embedded;

import io.j8s.storage.Store;
import io.j8s.storage.StoreContractTest;

/** The store contract against the in-memory embedded store. */
class EmbeddedStoreContractTest extends StoreContractTest {

    @Override
    protected Store newStore() {
        return EmbeddedStore.inMemory();
    }
}
