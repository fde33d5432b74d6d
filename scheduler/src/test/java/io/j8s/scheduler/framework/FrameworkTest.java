package io.j8s.scheduler.framework;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.j8s.scheduler.plugins.InTreePlugins;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The framework running a user plugin. To add your own: implement the extension-point interfaces,
 * register a factory under a name, and enable the name in a profile, as below.
 */
class FrameworkTest {

    /** An example out-of-tree plugin: only nodes labelled {@code team=<the pod's team label>} fit. */
    static final class TeamNodes implements FilterPlugin, ScorePlugin {
        static final String NAME = "TeamNodes";
        private final int bonus;

        TeamNodes(int bonus) {
            this.bonus = bonus;
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public Set<ClusterEvent> eventsToRegister() {
            return Set.of(ClusterEvent.NODE_ADD, ClusterEvent.NODE_UPDATE);
        }

        @Override
        public Status filter(CycleState state, Pod pod, NodeInfo node) {
            String team = pod.getMetadata().getLabels().get("team");
            return team == null || team.equals(node.labels().get("team")) ? Status.success()
                    : Status.unresolvable("node(s) belong to another team");
        }

        @Override
        public long score(CycleState state, Pod pod, NodeInfo node) {
            return node.labels().containsKey("fast") ? bonus : 0;
        }
    }

    private static NodeInfo node(String name, Map<String, String> labels) {
        return NodeInfo.of(new NodeBuilder().withNewMetadata().withName(name).withLabels(labels).endMetadata()
                .withNewStatus().endStatus().build());
    }

    private static Pod pod(String team) {
        return new PodBuilder().withNewMetadata().withName("p").withNamespace("default").withUid("u1")
                .addToLabels("team", team).endMetadata().withNewSpec().endSpec().build();
    }

    private static Framework framework(PluginRegistry registry, List<String> plugins, Snapshot snapshot) {
        return new Framework(Profile.of("team-scheduler", plugins), registry, null, ClusterLister.empty(),
                Clock.systemUTC(), () -> snapshot, Map::of);
    }

    @Test
    void runsARegisteredUserPluginWithItsArgs() {
        PluginRegistry registry = InTreePlugins.registry()
                .register(TeamNodes.NAME, (args, handle) -> new TeamNodes(args.path("bonus").asInt(10)));
        Snapshot snapshot = Snapshot.of(List.of(node("a", Map.of("team", "red")),
                node("b", Map.of("team", "blue", "fast", "yes"))));
        Framework fwk = framework(registry, List.of("PrioritySort", TeamNodes.NAME, "DefaultBinder"), snapshot);

        CycleState state = new CycleState();
        assertThat(fwk.runPreFilter(state, pod("red"), snapshot).isSuccess()).isTrue();
        Status onB = fwk.runFilterPlugins(state, pod("red"), snapshot.get("b"));
        assertThat(onB.code()).isEqualTo(Code.UNSCHEDULABLE_AND_UNRESOLVABLE);
        assertThat(onB.plugin()).isEqualTo(TeamNodes.NAME);
        assertThat(fwk.runScore(state, pod("any"), snapshot.nodes())).containsExactly(0, 10);
        assertThat(fwk.pluginEvents().get(TeamNodes.NAME)).containsExactlyInAnyOrder(ClusterEvent.NODE_ADD,
                ClusterEvent.NODE_UPDATE);
    }

    @Test
    void registeringTheSameNameTwiceFails() {
        PluginRegistry registry = InTreePlugins.registry();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> registry.register("NodeName", (a, h) -> null))
                .hasMessage("a plugin named NodeName already exists");
    }

    @Test
    void permitWaitParksThePodUntilAPluginAllowsIt() throws Exception {
        PermitPlugin gate = new PermitPlugin() {
            public String name() {
                return "Gate";
            }

            public Decision permit(CycleState state, Pod pod, String nodeName) {
                return Decision.waitFor(Duration.ofSeconds(30));
            }
        };
        PluginRegistry registry = InTreePlugins.registry().register("Gate", (a, h) -> gate);
        Framework fwk = framework(registry, List.of("PrioritySort", "Gate", "DefaultBinder"), new Snapshot());
        Pod p = pod("red");
        assertThat(fwk.runPermit(new CycleState(), p, "a").code()).isEqualTo(Code.WAIT);
        CompletableFuture<Status> waited = CompletableFuture.supplyAsync(() -> fwk.waitOnPermit(p));
        fwk.waitingPods().allow("u1", "Gate");
        assertThat(waited.get().isSuccess()).isTrue();

        assertThat(fwk.runPermit(new CycleState(), p, "a").code()).isEqualTo(Code.WAIT);
        CompletableFuture<Status> rejected = CompletableFuture.supplyAsync(() -> fwk.waitOnPermit(p));
        fwk.waitingPods().reject("u1", "Gate", "quota exhausted");
        assertThat(rejected.get().reasons()).containsExactly("quota exhausted");
    }
}
