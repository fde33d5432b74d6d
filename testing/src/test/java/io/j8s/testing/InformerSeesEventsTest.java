package io.j8s.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

@J8s
class InformerSeesEventsTest {
    private static ConfigMap configMap(String name) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata().addToData("k", "v").build();
    }

    @Test
    void anInformerSeesAConfigMapAddedAfterItStarted(KubernetesClient client) {
        List<String> added = new CopyOnWriteArrayList<>();
        try (SharedIndexInformer<ConfigMap> informer = client.configMaps().inform(new ResourceEventHandler<>() {
            @Override
            public void onAdd(ConfigMap obj) {
                added.add(obj.getMetadata().getName());
            }

            @Override
            public void onUpdate(ConfigMap oldObj, ConfigMap newObj) {
            }

            @Override
            public void onDelete(ConfigMap obj, boolean deletedFinalStateUnknown) {
            }
        })) {
            client.configMaps().resource(configMap("informed")).create();

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(added).contains("informed"));
            assertThat(informer.getStore().getByKey("default/informed")).isNotNull();
        }
    }

    @Test
    void aWatchReceivesTheDeletionOfAConfigMap(KubernetesClient client) {
        client.configMaps().resource(configMap("watched")).create();
        List<Watcher.Action> actions = new CopyOnWriteArrayList<>();
        try (Watch watch = client.configMaps().withName("watched").watch(new Watcher<>() {
            @Override
            public void eventReceived(Action action, ConfigMap resource) {
                actions.add(action);
            }

            @Override
            public void onClose(WatcherException cause) {
            }
        })) {
            client.configMaps().withName("watched").delete();

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(actions).contains(Watcher.Action.DELETED));
        }
    }
}
