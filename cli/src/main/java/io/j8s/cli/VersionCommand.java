package io.j8s.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code j8s version}: the j8s build and the Kubernetes API version it serves. */
@Command(name = "version", description = "Print the j8s version and the Kubernetes version it serves.")
public final class VersionCommand implements Runnable, CommandLine.IVersionProvider {

    @Override
    public void run() {
        for (String line : getVersion()) {
            System.out.println(line);
        }
    }

    @Override
    public String[] getVersion() {
        String version = VersionCommand.class.getPackage().getImplementationVersion();
        return new String[] {
            "j8s " + (version == null ? "development build" : version),
            "Kubernetes API v1.33 (" + Runtime.version() + " " + System.getProperty("java.vendor") + ")"
        };
    }
}
