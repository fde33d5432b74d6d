package io.j8s.cli;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.j8s.controllers.ControllerManager;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code j8s controller-manager}: the control loops alone, against any API server. */
@Command(name = "controller-manager", mixinStandardHelpOptions = true,
        description = "Run the controller manager against an API server (leader-elected on a Lease).")
final class ControllerManagerCommand implements Callable<Integer> {

    @Option(names = "--kubeconfig", required = true, description = "Kubeconfig of the API server.")
    Path kubeconfig;

    @Option(names = "--controllers", split = ",", defaultValue = "*",
            description = "Controllers to run, '*' for all (default: ${DEFAULT-VALUE}).")
    List<String> controllers;

    @Override
    public Integer call() throws Exception {
        KubernetesClient client = ApiClients.fromKubeconfig(kubeconfig);
        ControllerManager manager = new ControllerManager(client, Clock.systemUTC(), new LinkedHashSet<>(controllers));
        manager.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            manager.close();
            client.close();
            stopped.countDown();
        }, "j8s-controller-manager-shutdown"));
        stopped.await();
        return 0;
    }
}
