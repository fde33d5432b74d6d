package io.j8s.apiserver.table;

import static io.j8s.apiserver.table.Columns.AGE;
import static io.j8s.apiserver.table.Columns.CONTAINERS;
import static io.j8s.apiserver.table.Columns.IMAGES;
import static io.j8s.apiserver.table.Columns.NAME;
import static io.j8s.apiserver.table.Columns.integer;
import static io.j8s.apiserver.table.Columns.selector;
import static io.j8s.apiserver.table.Columns.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Printers of the workload controllers' resources: Deployments, ReplicaSets, StatefulSets, DaemonSets, RCs, Jobs, CronJobs. */
final class WorkloadPrinters {

    private WorkloadPrinters() {}

    static RowPrinter deployments() {
        return new RowPrinter(List.of(NAME,
                string("Ready", "Number of the pod with ready state"),
                integer("Up-to-date", "Total number of non-terminated pods targeted by this deployment that have the desired template spec."),
                integer("Available", "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment."),
                AGE, CONTAINERS, IMAGES,
                selector("Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment.")),
                (d, now) -> List.of(Columns.name(d),
                        Field.number(d, "status", "readyReplicas") + "/" + replicas(d),
                        Field.number(d, "status", "updatedReplicas"),
                        Field.number(d, "status", "availableReplicas"),
                        Columns.age(d, now),
                        Columns.containerNames(template(d)), Columns.containerImages(template(d)),
                        Selectors.selector(d.path("spec").path("selector"))));
    }

    static RowPrinter replicaSets() {
        return new RowPrinter(List.of(NAME,
                integer("Desired", "Replicas is the number of desired pods."),
                integer("Current", "Replicas is the most recently observed number of replicas."),
                integer("Ready", "The number of ready replicas for this replica set."),
                AGE, CONTAINERS, IMAGES,
                selector("Selector is a label query over pods that should match the replica count.")),
                (rs, now) -> List.of(Columns.name(rs), replicas(rs),
                        Field.number(rs, "status", "replicas"),
                        Field.number(rs, "status", "readyReplicas"),
                        Columns.age(rs, now),
                        Columns.containerNames(template(rs)), Columns.containerImages(template(rs)),
                        Selectors.selector(rs.path("spec").path("selector"))));
    }

    static RowPrinter replicationControllers() {
        return new RowPrinter(List.of(NAME,
                integer("Desired", "Replicas is the number of desired replicas."),
                integer("Current", "Replicas is the most recently observed number of replicas."),
                integer("Ready", "The number of ready replicas for this replication controller."),
                AGE, CONTAINERS, IMAGES,
                selector("Selector is a label query over pods that should match the Replicas count.")),
                (rc, now) -> List.of(Columns.name(rc), replicas(rc),
                        Field.number(rc, "status", "replicas"),
                        Field.number(rc, "status", "readyReplicas"),
                        Columns.age(rc, now),
                        Columns.containerNames(template(rc)), Columns.containerImages(template(rc)),
                        Selectors.formatLabels(Field.map(rc, "spec", "selector"))));
    }

    static RowPrinter statefulSets() {
        return new RowPrinter(List.of(NAME,
                string("Ready", "Number of the pod with ready state"),
                AGE, CONTAINERS, IMAGES),
                (s, now) -> List.of(Columns.name(s),
                        Field.number(s, "status", "readyReplicas") + "/" + replicas(s),
                        Columns.age(s, now),
                        Columns.containerNames(template(s)), Columns.containerImages(template(s))));
    }

    static RowPrinter daemonSets() {
        return new RowPrinter(List.of(NAME,
                integer("Desired", "The total number of nodes that should be running the daemon pod (including nodes correctly running the daemon pod)."),
                integer("Current", "The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod."),
                integer("Ready", "The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and ready."),
                integer("Up-to-date", "The total number of nodes that are running updated daemon pod"),
                integer("Available", "The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available (ready for at least spec.minReadySeconds)"),
                string("Node Selector", "NodeSelector is a selector which must be true for the pod to fit on a node."),
                AGE, CONTAINERS, IMAGES,
                selector("A label query over pods that are managed by the daemon set.")),
                (ds, now) -> List.of(Columns.name(ds),
                        Field.number(ds, "status", "desiredNumberScheduled"),
                        Field.number(ds, "status", "currentNumberScheduled"),
                        Field.number(ds, "status", "numberReady"),
                        Field.number(ds, "status", "updatedNumberScheduled"),
                        Field.number(ds, "status", "numberAvailable"),
                        Selectors.formatLabels(Field.map(template(ds), "nodeSelector")),
                        Columns.age(ds, now),
                        Columns.containerNames(template(ds)), Columns.containerImages(template(ds)),
                        Selectors.selector(ds.path("spec").path("selector"))));
    }

    static RowPrinter jobs() {
        return new RowPrinter(List.of(NAME,
                string("Status", "Status of the job."),
                string("Completions", "The completion status of the job."),
                string("Duration", "Time required to complete the job."),
                AGE, CONTAINERS, IMAGES,
                selector("A label query over pods that should match the pod count.")),
                (job, now) -> List.of(Columns.name(job), jobStatus(job), completions(job), jobDuration(job, now),
                        Columns.age(job, now),
                        Columns.containerNames(template(job)), Columns.containerImages(template(job)),
                        Selectors.selector(job.path("spec").path("selector"))));
    }

    static RowPrinter cronJobs() {
        return new RowPrinter(List.of(NAME,
                string("Schedule", "The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron."),
                string("Timezone", "The time zone name for the given schedule, see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones."),
                Columns.bool("Suspend", "This flag tells the controller to suspend subsequent executions, it does not apply to already started executions."),
                integer("Active", "A list of pointers to currently running jobs."),
                string("Last Schedule", "Information when was the last time the job was successfully scheduled."),
                AGE, CONTAINERS, IMAGES,
                selector("A label query over pods that should match the pod count.")),
                (cj, now) -> {
                    JsonNode jobSpec = Field.at(cj, "spec", "jobTemplate", "spec");
                    String last = Field.text(cj, "status", "lastScheduleTime");
                    String sel = Selectors.selector(jobSpec.path("selector"));
                    return List.of(Columns.name(cj),
                            Field.text(cj, "spec", "schedule"),
                            Field.orElse(Field.text(cj, "spec", "timeZone"), "<none>"),
                            boolText(Field.at(cj, "spec", "suspend")),
                            (long) Field.size(cj, "status", "active"),
                            last.isEmpty() ? "<none>" : HumanDuration.since(last, now),
                            Columns.age(cj, now),
                            Columns.containerNames(Field.at(jobSpec, "template", "spec")),
                            Columns.containerImages(Field.at(jobSpec, "template", "spec")),
                            Field.orElse(sel, "<none>"));
                });
    }

    static RowPrinter podTemplates() {
        return new RowPrinter(List.of(NAME,
                string("Containers", "Names of each container in the template."),
                string("Images", "Images referenced by each container in the template."),
                string("Pod Labels", "The labels for the pod template.")),
                (pt, now) -> {
                    JsonNode spec = Field.at(pt, "template", "spec");
                    return List.of(Columns.name(pt), Columns.containerNames(spec), Columns.containerImages(spec),
                            Selectors.formatLabels(Field.map(pt, "template", "metadata", "labels")));
                });
    }

    static RowPrinter controllerRevisions() {
        return new RowPrinter(List.of(NAME,
                string("Controller", "Controller of the object"),
                integer("Revision", "Revision indicates the revision of the state represented by Data."),
                AGE),
                (cr, now) -> List.of(Columns.name(cr), controller(cr), Field.number(cr, "revision"), Columns.age(cr, now)));
    }

    private static String controller(JsonNode obj) {
        for (JsonNode ref : Field.items(obj, "metadata", "ownerReferences")) {
            if (ref.path("controller").asBoolean(false)) {
                String apiVersion = Field.text(ref, "apiVersion");
                String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
                String kind = Field.text(ref, "kind").toLowerCase(java.util.Locale.ROOT);
                return (group.isEmpty() ? kind : kind + "." + group) + "/" + Field.text(ref, "name");
            }
        }
        return "<none>";
    }

    static long replicas(JsonNode obj) {
        JsonNode r = Field.at(obj, "spec", "replicas");
        return r.isNumber() ? r.asLong() : 1;
    }

    private static JsonNode template(JsonNode obj) {
        return Field.at(obj, "spec", "template", "spec");
    }

    static String boolText(JsonNode value) {
        if (!value.isBoolean()) return "<unset>";
        return value.asBoolean() ? "True" : "False";
    }

    private static String jobStatus(JsonNode job) {
        if (hasCondition(job, "Complete")) return "Complete";
        if (hasCondition(job, "Failed")) return "Failed";
        if (Field.present(job, "metadata", "deletionTimestamp")) return "Terminating";
        if (hasCondition(job, "Suspended")) return "Suspended";
        if (hasCondition(job, "FailureTarget")) return "FailureTarget";
        if (hasCondition(job, "SuccessCriteriaMet")) return "SuccessCriteriaMet";
        return "Running";
    }

    private static boolean hasCondition(JsonNode job, String type) {
        return Field.items(job, "status", "conditions").stream()
                .anyMatch(c -> Field.text(c, "type").equals(type) && Field.text(c, "status").equals("True"));
    }

    private static String completions(JsonNode job) {
        long succeeded = Field.number(job, "status", "succeeded");
        JsonNode completions = Field.at(job, "spec", "completions");
        if (completions.isNumber()) return succeeded + "/" + completions.asLong();
        long parallelism = Field.number(job, "spec", "parallelism");
        return parallelism > 1 ? succeeded + "/1 of " + parallelism : succeeded + "/1";
    }

    private static String jobDuration(JsonNode job, Instant now) {
        Instant start = HumanDuration.parse(Field.text(job, "status", "startTime"));
        if (start == null) return "";
        Instant end = HumanDuration.parse(Field.text(job, "status", "completionTime"));
        return HumanDuration.format(Duration.between(start, end == null ? now : end));
    }
}
