package io.j8s.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code bin/j8s}. */
@Command(name = "j8s",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.class,
        description = "Kubernetes, in Java.",
        subcommands = {ServerCommand.class, SchedulerCommand.class, ControllerManagerCommand.class, BenchCommand.class, VersionCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = new CommandLine(new Main()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
