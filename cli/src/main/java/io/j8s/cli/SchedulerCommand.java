package io.j8s.cli;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.j8s.scheduler.Scheduler;
import io.j8s.scheduler.config.SchedulerConfiguration;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code j8s scheduler}: the scheduler alone, against any API server. */
@Command(name = "scheduler", mixinStandardHelpOptions = true,
        description = "Run the scheduler against an API server (several can run with --leader-elect).")
final class SchedulerCommand implements Callable<Integer> {

    @Option(names = "--kubeconfig", required = true, description = "Kubeconfig of the API server to schedule for.")
    Path kubeconfig;

    @Option(names = "--config", description = "A KubeSchedulerConfiguration YAML file.")
    Path config;

    @Option(names = "--leader-elect", description = "Take the kube-system/kube-scheduler Lease before scheduling.")
    boolean leaderElect;

    @Override
    public Integer call() throws Exception {
        SchedulerConfiguration configuration = (config == null ? SchedulerConfiguration.defaults()
                : SchedulerConfiguration.load(config)).withLeaderElect(leaderElect);
        KubernetesClient client = ApiClients.fromKubeconfig(kubeconfig);
        Scheduler scheduler = start(client, configuration);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            scheduler.close();
            client.close();
            stopped.countDown();
        }, "j8s-scheduler-shutdown"));
        stopped.await();
        return 0;
    }

    static Scheduler start(KubernetesClient client, SchedulerConfiguration configuration) {
        Scheduler scheduler = new Scheduler(client, configuration, Clock.systemUTC(), new Random(new SecureRandom().nextLong()));
        scheduler.start();
        return scheduler;
    }
}
