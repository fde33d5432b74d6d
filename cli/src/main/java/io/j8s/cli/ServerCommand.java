package io.j8s.cli;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.j8s.apiserver.ApiServer;
import io.j8s.apiserver.ApiServerConfig;
import io.j8s.apiserver.pki.ClusterPki;
import io.j8s.controllers.ControllerManager;
import io.j8s.scheduler.Scheduler;
import io.j8s.scheduler.config.SchedulerConfiguration;
import io.j8s.storage.Store;
import io.j8s.storage.embedded.EmbeddedStore;
import io.j8s.storage.etcd.EtcdStore;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code j8s server}: a whole control plane on one machine, on the embedded store or on etcd. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Run the control plane: API server on HTTPS, with an admin kubeconfig in the data dir.")
public final class ServerCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ServerCommand.class);

    @Option(names = "--data-dir", description = "Where state, certificates and kubeconfig.yaml live (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:user.home}/.j8s/server")
    Path dataDir;

    @Option(names = "--port", description = "HTTPS port of the API server (default: ${DEFAULT-VALUE}).", defaultValue = "6443")
    int port;

    @Option(names = "--bind-address", description = "Address to listen on (default: ${DEFAULT-VALUE}).", defaultValue = "0.0.0.0")
    String bindAddress;

    @Option(names = "--etcd-servers", split = ",", description = "etcd endpoints (http://host:port,...); the embedded store when absent.")
    List<String> etcdServers = new ArrayList<>();

    @Option(names = "--service-cluster-ip-range", defaultValue = ApiServerConfig.DEFAULT_SERVICE_CIDR,
            description = "CIDR that Service ClusterIPs come from (default: ${DEFAULT-VALUE}).")
    String serviceCidr;

    @Option(names = "--disable-agent", description = "Do not run a kubelet for this machine.")
    boolean disableAgent;

    @Option(names = "--disable-scheduler", description = "Do not run the scheduler in this process.")
    boolean disableScheduler;

    @Option(names = "--disable-controller-manager", description = "Do not run the controller manager in this process.")
    boolean disableControllerManager;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(dataDir);
        Store store = etcdServers.isEmpty()
                ? EmbeddedStore.open(dataDir.resolve("store"))
                : EtcdStore.connect(etcdServers);
        ClusterPki pki = ClusterPki.loadOrCreate(dataDir.resolve("pki"));
        ClusterPki.IssuedCertificate serving = pki.servingCertificate(dnsNames(), ipAddresses());
        ApiServer server;
        try {
            server = ApiServer.start(new ApiServerConfig(bindAddress, port, pki.tlsMaterial(serving), store, serviceCidr,
                    Clock.systemUTC()));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        URI url = URI.create("https://127.0.0.1:" + server.port());
        Path kubeconfig = dataDir.resolve("kubeconfig.yaml");
        new Kubeconfig(url, ClusterPki.Pem.encode(pki.caCertificate()),
                pki.clientCertificate("admin", "kubernetes-admin", List.of("system:masters")), "admin").writeTo(kubeconfig);

        // the other components are API clients over HTTPS, exactly as when they run on their own
        KubernetesClient client = ApiClients.fromKubeconfig(kubeconfig);
        Scheduler scheduler = disableScheduler ? null : SchedulerCommand.start(client, SchedulerConfiguration.defaults());
        ControllerManager controllers = null;
        if (!disableControllerManager) {
            controllers = new ControllerManager(client, Clock.systemUTC(), Set.of());
            controllers.start();
        }
        ControllerManager startedControllers = controllers;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("shutting down");
            try {
                if (startedControllers != null) {
                    startedControllers.close();
                }
                if (scheduler != null) {
                    scheduler.close();
                }
                client.close();
                server.close();
            } finally {
                store.close();
                stopped.countDown();
            }
        }, "j8s-shutdown"));
        log.info("j8s server ready at {} ({}); kubeconfig: {}", url,
                etcdServers.isEmpty() ? "embedded store in " + dataDir.resolve("store") : "etcd " + etcdServers, kubeconfig);
        if (!disableAgent) {
            log.info("no kubelet yet in this build: the node agent arrives with the kubelet work");
        }
        System.out.println("j8s server ready: export KUBECONFIG=" + kubeconfig);
        stopped.await();
        return 0;
    }

    private static List<String> dnsNames() {
        Set<String> names = new LinkedHashSet<>(List.of("localhost", "kubernetes", "kubernetes.default",
                "kubernetes.default.svc", "kubernetes.default.svc.cluster.local"));
        try {
            names.add(InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            log.debug("no host name", e);
        }
        return List.copyOf(names);
    }

    private List<String> ipAddresses() throws SocketException {
        Set<String> ips = new LinkedHashSet<>(List.of("127.0.0.1", "::1", firstServiceIp(serviceCidr)));
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp()) {
                nic.inetAddresses().forEach(a -> ips.add(a.getHostAddress().replaceAll("%.*$", "")));
            }
        }
        return List.copyOf(ips);
    }

    /** The address the {@code kubernetes} Service gets: the range's first host. */
    static String firstServiceIp(String cidr) {
        try {
            byte[] b = InetAddress.getByName(cidr.split("/")[0]).getAddress();
            int prefix = Integer.parseInt(cidr.split("/")[1]);
            java.math.BigInteger net = new java.math.BigInteger(1, b)
                    .shiftRight(b.length * 8 - prefix).shiftLeft(b.length * 8 - prefix);
            byte[] raw = net.add(java.math.BigInteger.ONE).toByteArray();
            byte[] out = new byte[b.length];
            System.arraycopy(raw, Math.max(0, raw.length - b.length), out, Math.max(0, b.length - raw.length),
                    Math.min(raw.length, b.length));
            return InetAddress.getByAddress(out).getHostAddress();
        } catch (UnknownHostException | RuntimeException e) {
            throw new IllegalArgumentException("invalid --service-cluster-ip-range " + cidr, e);
        }
    }
}
