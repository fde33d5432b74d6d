package io.j8s.cli;

import io.j8s.bench.ApiBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code j8s bench api}: creates/s and latency through the whole API server. */
@Command(name = "api", mixinStandardHelpOptions = true, description = "API creates/s and p50/p99 latency over HTTPS.")
final class ApiBenchCommand implements Callable<Integer> {

    @Option(names = "--creates", defaultValue = "20000", description = "Objects to create (default: ${DEFAULT-VALUE}).")
    int creates;

    @Option(names = "--clients", defaultValue = "64", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Override
    public Integer call() throws Exception {
        ApiBenchmark.run(creates, clients, System.out);
        return 0;
    }
}
