package io.j8s.cli;

import io.j8s.bench.StoreBenchmark;
import io.j8s.storage.Store;
import io.j8s.storage.embedded.EmbeddedStore;
import io.j8s.storage.etcd.EtcdStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code j8s bench ...}: benchmarks that print their figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Run a benchmark and print its figures.",
        subcommands = {BenchCommand.StoreBench.class, ApiBenchCommand.class, BenchCommand.SchedulerBench.class,
                BenchCommand.ControllersBench.class})
public final class BenchCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("usage: j8s bench store|api|scheduler|controllers [options]; j8s bench <name> --help");
    }

    /** {@code j8s bench scheduler}: pods/s and creation-to-binding latency on simulated nodes. */
    @Command(name = "scheduler", mixinStandardHelpOptions = true, description = "Scheduling throughput on simulated nodes.")
    static final class SchedulerBench implements Callable<Integer> {
        @Option(names = "--nodes", defaultValue = "5000", description = "Simulated nodes (default: ${DEFAULT-VALUE}).")
        int nodes;

        @Option(names = "--pods", defaultValue = "10000", description = "Pods to schedule (default: ${DEFAULT-VALUE}).")
        int pods;

        @Override
        public Integer call() throws Exception {
            io.j8s.bench.SchedulerBenchmark.run(nodes, pods, System.out);
            return 0;
        }
    }

    /** {@code j8s bench controllers}: time for Deployments to converge with a simulated kubelet. */
    @Command(name = "controllers", mixinStandardHelpOptions = true, description = "Deployment convergence time.")
    static final class ControllersBench implements Callable<Integer> {
        @Option(names = "--deployments", defaultValue = "1000", description = "Deployments (default: ${DEFAULT-VALUE}).")
        int deployments;

        @Option(names = "--replicas", defaultValue = "10", description = "Replicas each (default: ${DEFAULT-VALUE}).")
        int replicas;

        @Override
        public Integer call() throws Exception {
            io.j8s.bench.ControllerBenchmark.run(deployments, replicas, System.out);
            return 0;
        }
    }

    /** {@code j8s bench store}: durable writes per second of the embedded store (or of etcd, to compare). */
    @Command(name = "store", mixinStandardHelpOptions = true, description = "Durable writes/s and latency of the store.")
    static final class StoreBench implements Callable<Integer> {
        @Option(names = "--writes", defaultValue = "100000", description = "Writes to make (default: ${DEFAULT-VALUE}).")
        int writes;

        @Option(names = "--clients", defaultValue = "64", description = "Concurrent writers (default: ${DEFAULT-VALUE}).")
        int clients;

        @Option(names = "--etcd-servers", split = ",", description = "Benchmark this etcd instead of the embedded store.")
        List<String> etcdServers = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            Path dir = Files.createTempDirectory("j8s-bench-store");
            try (Store store = etcdServers.isEmpty() ? EmbeddedStore.open(dir) : EtcdStore.connect(etcdServers)) {
                System.out.println((etcdServers.isEmpty() ? "embedded store in " + dir : "etcd " + etcdServers)
                        + ": " + writes + " writes, " + clients + " clients");
                StoreBenchmark.run(store, writes, clients, System.out);
            } finally {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            return 0;
        }
    }
}
