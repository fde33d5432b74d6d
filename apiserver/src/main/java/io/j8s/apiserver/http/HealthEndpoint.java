package io.j8s.apiserver.http;

import io.j8s.storage.Store;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * {@code /livez}, {@code /readyz} and {@code /healthz} as Kubernetes serves them: {@code ok} when
 * every check passes; with {@code ?verbose} one {@code [+]name ok} line per check and
 * {@code <endpoint> check passed}; 500 with {@code [-]name failed: reason withheld} lines when one
 * fails; {@code /livez/<check>} runs one check; {@code ?exclude=<check>} skips one.
 */
final class HealthEndpoint {

    private final Map<String, BooleanSupplier> livez;
    private final Map<String, BooleanSupplier> readyz;
    private final List<String> livezOrder;
    private final List<String> readyzOrder;

    HealthEndpoint(Store store, BooleanSupplier shuttingDown) {
        BooleanSupplier storeUp = () -> {
            try {
                store.currentRevision();
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        };
        Map<String, BooleanSupplier> live = new LinkedHashMap<>();
        live.put("ping", () -> true);
        live.put("log", () -> true);
        live.put("etcd", storeUp);
        live.put("poststarthook/start-apiserver-admission-initializer", () -> true);
        live.put("poststarthook/generic-apiserver-start-informers", () -> true);
        live.put("poststarthook/bootstrap-controller", () -> true);
        this.livez = Map.copyOf(live);
        Map<String, BooleanSupplier> ready = new LinkedHashMap<>(live);
        ready.put("etcd-readiness", storeUp);
        ready.put("informer-sync", () -> true);
        ready.put("shutdown", () -> !shuttingDown.getAsBoolean());
        this.readyz = Map.copyOf(ready);
        this.livezOrder = List.copyOf(live.keySet());
        this.readyzOrder = List.copyOf(ready.keySet());
    }

    void serve(Exchange ex, Route.Health route) {
        if (!ex.method().equals("GET") && !ex.method().equals("HEAD")) {
            throw PathErrors.methodNotAllowed();
        }
        boolean live = !route.endpoint().equals("readyz");
        Map<String, BooleanSupplier> checks = live ? livez : readyz;
        List<String> order = live ? livezOrder : readyzOrder;
        if (route.check() != null) {
            BooleanSupplier check = checks.get(route.check());
            if (check == null) {
                throw PathErrors.notFound();
            }
            boolean ok = check.getAsBoolean();
            text(ex, ok ? 200 : 500, ok ? "ok" : "internal server error: " + route.check() + " check failed");
            return;
        }
        List<String> excluded = ex.query().all("exclude");
        boolean verbose = ex.query().has("verbose");
        List<String> lines = new ArrayList<>();
        boolean allOk = true;
        for (String name : order) {
            if (excluded.contains(name)) {
                lines.add("[+]" + name + " excluded: ok");
                continue;
            }
            boolean ok = checks.get(name).getAsBoolean();
            allOk &= ok;
            lines.add(ok ? "[+]" + name + " ok" : "[-]" + name + " failed: reason withheld");
        }
        if (allOk && !verbose) {
            text(ex, 200, "ok");
            return;
        }
        lines.add(route.endpoint() + " check " + (allOk ? "passed" : "failed"));
        text(ex, allOk ? 200 : 500, String.join("\n", lines) + "\n");
    }

    private static void text(Exchange ex, int code, String body) {
        ex.response().getHeaders().put("X-Content-Type-Options", "nosniff");
        ex.send(code, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }
}
