package io.j8s.apiserver.table;

import static io.j8s.apiserver.table.Columns.AGE;
import static io.j8s.apiserver.table.Columns.NAME;
import static io.j8s.apiserver.table.Columns.string;
import static io.j8s.apiserver.table.Columns.wide;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Printers of ConfigMaps, Secrets, ServiceAccounts, (Cluster)RoleBindings and ResourceQuotas. */
final class ConfigPrinters {

    private ConfigPrinters() {}

    static RowPrinter configMaps() {
        return new RowPrinter(List.of(NAME,
                string("Data", "Data contains the configuration data."),
                AGE),
                (cm, now) -> List.of(Columns.name(cm), (long) (Field.size(cm, "data") + Field.size(cm, "binaryData")),
                        Columns.age(cm, now)));
    }

    static RowPrinter secrets() {
        return new RowPrinter(List.of(NAME,
                string("Type", "Used to facilitate programmatic handling of secret data."),
                string("Data", "Data contains the secret data."),
                AGE),
                (s, now) -> List.of(Columns.name(s), Field.text(s, "type"),
                        (long) (Field.size(s, "data") + Field.size(s, "stringData")), Columns.age(s, now)));
    }

    static RowPrinter serviceAccounts() {
        return new RowPrinter(List.of(NAME,
                string("Secrets", "Secrets is a list of the secrets in the same namespace that pods running using this ServiceAccount are allowed to use."),
                AGE),
                (sa, now) -> List.of(Columns.name(sa), (long) Field.size(sa, "secrets"), Columns.age(sa, now)));
    }

    static RowPrinter roleBindings() {
        return new RowPrinter(List.of(NAME,
                string("Role", "RoleRef references the Role or ClusterRole."),
                AGE,
                wide("Users", "string", "Users in the roleBinding"),
                wide("Groups", "string", "Groups in the roleBinding"),
                wide("ServiceAccounts", "string", "ServiceAccounts in the roleBinding")),
                (rb, now) -> {
                    List<String> users = new ArrayList<>();
                    List<String> groups = new ArrayList<>();
                    List<String> serviceAccounts = new ArrayList<>();
                    for (JsonNode s : Field.items(rb, "subjects")) {
                        switch (Field.text(s, "kind")) {
                            case "User" -> users.add(Field.text(s, "name"));
                            case "Group" -> groups.add(Field.text(s, "name"));
                            case "ServiceAccount" -> serviceAccounts.add(Field.text(s, "namespace").isEmpty()
                                    ? Field.text(s, "name") : Field.text(s, "namespace") + "/" + Field.text(s, "name"));
                            default -> { }
                        }
                    }
                    return List.of(Columns.name(rb),
                            Field.text(rb, "roleRef", "kind") + "/" + Field.text(rb, "roleRef", "name"),
                            Columns.age(rb, now),
                            String.join(", ", users), String.join(", ", groups), String.join(", ", serviceAccounts));
                });
    }

    static RowPrinter resourceQuotas() {
        return new RowPrinter(List.of(NAME, AGE,
                string("Request", "Request represents a minimum amount of cpu/memory that a container may consume."),
                string("Limit", "Limits control the maximum amount of cpu/memory that a container may use independent of contention on the node.")),
                (q, now) -> {
                    List<String> requests = new ArrayList<>();
                    List<String> limits = new ArrayList<>();
                    java.util.Map<String, String> used = Field.map(q, "status", "used");
                    Field.map(q, "spec", "hard").forEach((resource, hard) -> {
                        String piece = resource + ": " + used.getOrDefault(resource, "0") + "/" + hard;
                        (resource.startsWith("limits.") ? limits : requests).add(piece);
                    });
                    return List.of(Columns.name(q), Columns.age(q, now),
                            requests.stream().collect(Collectors.joining(", ")),
                            limits.stream().collect(Collectors.joining(", ")));
                });
    }
}
