package io.j8s.scheduler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.j8s.scheduler.framework.ClusterLister;
import io.j8s.scheduler.framework.ExtensionPoint;
import io.j8s.scheduler.framework.Framework;
import io.j8s.scheduler.framework.Snapshot;
import io.j8s.scheduler.plugins.InTreePlugins;
import io.j8s.scheduler.plugins.NodeResourcesFit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulerConfigurationTest {

    private static Framework framework(io.j8s.scheduler.framework.Profile profile) {
        return new Framework(profile, InTreePlugins.registry(), null, ClusterLister.empty(), Clock.systemUTC(),
                Snapshot::new, Map::of);
    }

    @Test
    void defaultsRunKubernetesDefaultPluginsWithTheirWeights() {
        var profile = SchedulerConfiguration.defaults().profiles().get(0);
        assertThat(profile.schedulerName()).isEqualTo("default-scheduler");
        Framework fwk = framework(profile);
        assertThat(fwk.pluginsAt(ExtensionPoint.FILTER)).containsExactly("NodeUnschedulable", "NodeName",
                "TaintToleration", "NodeAffinity", "NodePorts", "NodeResourcesFit", "VolumeBinding",
                "PodTopologySpread", "InterPodAffinity");
        assertThat(fwk.pluginsAt(ExtensionPoint.SCORE)).containsExactly("TaintToleration", "NodeAffinity",
                "NodeResourcesFit", "PodTopologySpread", "InterPodAffinity", "NodeResourcesBalancedAllocation",
                "ImageLocality");
        assertThat(profile.weight("TaintToleration")).isEqualTo(3);
        assertThat(profile.weight("NodeAffinity")).isEqualTo(2);
        assertThat(fwk.pluginsAt(ExtensionPoint.POST_FILTER)).containsExactly("DefaultPreemption");
        assertThat(fwk.pluginsAt(ExtensionPoint.BIND)).containsExactly("DefaultBinder");
    }

    @Test
    void parsesProfilesPluginSetsPluginConfigAndLeaderElection(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, """
                apiVersion: kubescheduler.config.k8s.io/v1
                kind: KubeSchedulerConfiguration
                percentageOfNodesToScore: 30
                leaderElection:
                  leaderElect: true
                  leaseDuration: 20s
                  renewDeadline: 1m30s
                  retryPeriod: 500ms
                profiles:
                - schedulerName: default-scheduler
                - schedulerName: packer
                  plugins:
                    score:
                      disabled:
                      - name: NodeResourcesBalancedAllocation
                      - name: ImageLocality
                      enabled:
                      - name: NodeResourcesFit
                        weight: 5
                  pluginConfig:
                  - name: NodeResourcesFit
                    args:
                      scoringStrategy:
                        type: MostAllocated
                """);
        SchedulerConfiguration config = SchedulerConfiguration.load(file);
        assertThat(config.percentageOfNodesToScore()).isEqualTo(30);
        assertThat(config.leaderElection().leaderElect()).isTrue();
        assertThat(config.leaderElection().leaseDuration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.leaderElection().renewDeadline()).isEqualTo(Duration.ofSeconds(90));
        assertThat(config.leaderElection().retryPeriod()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.profiles()).extracting(p -> p.schedulerName()).containsExactly("default-scheduler", "packer");
        var packer = config.profiles().get(1);
        Framework fwk = framework(packer);
        assertThat(fwk.pluginsAt(ExtensionPoint.SCORE)).doesNotContain("NodeResourcesBalancedAllocation", "ImageLocality")
                .endsWith("NodeResourcesFit");
        assertThat(packer.weight("NodeResourcesFit")).isEqualTo(5);
        assertThat(((NodeResourcesFit) fwk.plugin("NodeResourcesFit")).strategy())
                .isEqualTo(NodeResourcesFit.Strategy.MOST_ALLOCATED);
    }

    @Test
    void multiPointDisableAllLeavesOnlyWhatIsEnabled() {
        var config = SchedulerConfiguration.parse("""
                apiVersion: kubescheduler.config.k8s.io/v1
                kind: KubeSchedulerConfiguration
                profiles:
                - schedulerName: minimal
                  plugins:
                    multiPoint:
                      disabled:
                      - name: '*'
                      enabled:
                      - name: PrioritySort
                      - name: NodeName
                      - name: DefaultBinder
                """);
        Framework fwk = framework(config.profiles().get(0));
        assertThat(fwk.pluginsAt(ExtensionPoint.FILTER)).containsExactly("NodeName");
        assertThat(fwk.pluginsAt(ExtensionPoint.SCORE)).isEmpty();
    }

    @Test
    void rejectsWrongKindDuplicateNamesAndBadPercentages() {
        assertThatThrownBy(() -> SchedulerConfiguration.parse("apiVersion: v1\nkind: Pod\n"))
                .hasMessageContaining("KubeSchedulerConfiguration");
        assertThatThrownBy(() -> SchedulerConfiguration.parse("""
                apiVersion: kubescheduler.config.k8s.io/v1
                kind: KubeSchedulerConfiguration
                profiles:
                - schedulerName: a
                - schedulerName: a
                """)).hasMessage("profiles[].schedulerName: Duplicate value: \"a\"");
        assertThatThrownBy(() -> new SchedulerConfiguration(List.of(), 101,
                SchedulerConfiguration.LeaderElection.defaults())).hasMessageContaining("not in valid range");
    }

    @Test
    void unknownPluginNamesFailWhenTheProfileIsBuilt() {
        var config = SchedulerConfiguration.parse("""
                apiVersion: kubescheduler.config.k8s.io/v1
                kind: KubeSchedulerConfiguration
                profiles:
                - plugins:
                    filter:
                      enabled:
                      - name: NoSuchPlugin
                """);
        assertThatThrownBy(() -> framework(config.profiles().get(0)))
                .hasMessage("plugin \"NoSuchPlugin\" does not exist");
    }
}
