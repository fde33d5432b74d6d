package io.j8s.storage.etcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.j8s.storage.Store;
import io.j8s.storage.StoreContractTest;
import io.j8s.storage.StoreUnavailableException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared Store contract, run against a real etcd server started for this class. */
class EtcdStoreIT extends StoreContractTest {

    private static EtcdProcess etcd;

    @BeforeAll
    static void startEtcd() throws Exception {
        etcd = EtcdProcess.start();
    }

    @AfterAll
    static void stopEtcd() throws Exception {
        if (etcd != null) {
            etcd.close();
        }
    }

    @Override
    protected Store newStore() {
        return EtcdStore.connect(etcd.endpoints());
    }

    @Test
    void connectingToAnEtcdThatDoesNotAnswerFailsFast() {
        assertThatThrownBy(() -> EtcdStore.connect(List.of("http://127.0.0.1:1")))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("does not answer");
    }

    @Test
    void keysAreStoredUnderTheirOwnNameInEtcd() throws Exception {
        store.create(root + "plain", bytes("v"));
        var out = new ProcessBuilder("etcdctl", "--endpoints", etcd.endpoint(), "get", root + "plain", "--print-value-only")
                .redirectErrorStream(true).start();
        String value = new String(out.getInputStream().readAllBytes()).trim();
        out.waitFor();
        assertThat(value).isEqualTo("v");
    }
}
