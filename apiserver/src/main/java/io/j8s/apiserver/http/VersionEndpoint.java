package io.j8s.apiserver.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.json.Json;

/**
 * {@code GET /version}: the Kubernetes version j8s implements. kubectl's dispatcher on these machines
 * runs the kubectl matching {@code minor}, so it reports the release j8s follows.
 */
final class VersionEndpoint {

    static final String MAJOR = "1";
    static final String MINOR = "33";
    static final String GIT_VERSION = "v1.33.1";

    private final byte[] body;

    VersionEndpoint() {
        ObjectNode v = Json.object();
        v.put("major", MAJOR);
        v.put("minor", MINOR);
        v.put("emulationMajor", MAJOR);
        v.put("emulationMinor", MINOR);
        v.put("minCompatibilityMajor", MAJOR);
        v.put("minCompatibilityMinor", String.valueOf(Integer.parseInt(MINOR) - 1));
        v.put("gitVersion", GIT_VERSION);
        v.put("gitCommit", "j8s");
        v.put("gitTreeState", "clean");
        v.put("buildDate", "2025-05-15T00:00:00Z");
        v.put("goVersion", "go1.24.2");
        v.put("compiler", "gc");
        v.put("platform", platform());
        this.body = Json.write(v);
    }

    void serve(Exchange ex) {
        if (!ex.method().equals("GET")) {
            throw PathErrors.methodNotAllowed();
        }
        ex.send(200, ResponseFormat.JSON, body);
    }

    private static String platform() {
        String arch = System.getProperty("os.arch", "amd64");
        String goArch = switch (arch) {
            case "x86_64", "amd64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch;
        };
        return System.getProperty("os.name", "linux").toLowerCase(java.util.Locale.ROOT).replace(' ', '_') + "/" + goArch;
    }
}
