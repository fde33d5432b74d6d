package io.j8s.apiserver.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;

/** Column definitions and cells that many printers share, worded as Kubernetes' printers word them. */
final class Columns {

    private Columns() {}

    static final String NAME_DOC = "Name must be unique within a namespace. Is required when creating resources, although "
            + "some resources may allow a client to request the generation of an appropriate name automatically. Name is "
            + "primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: "
            + "https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names";
    static final String AGE_DOC = "CreationTimestamp is a timestamp representing the server time when this object was "
            + "created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not "
            + "set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null "
            + "for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata";

    static final TableColumn NAME = new TableColumn("Name", "string", "name", NAME_DOC, 0);
    static final TableColumn AGE = new TableColumn("Age", "string", "", AGE_DOC, 0);
    static final TableColumn CONTAINERS = wide("Containers", "string", "Names of each container in the template.");
    static final TableColumn IMAGES = wide("Images", "string", "Images referenced by each container in the template.");

    static TableColumn string(String name, String description) {
        return new TableColumn(name, "string", "", description, 0);
    }

    static TableColumn integer(String name, String description) {
        return new TableColumn(name, "integer", "", description, 0);
    }

    static TableColumn bool(String name, String description) {
        return new TableColumn(name, "boolean", "", description, 0);
    }

    static TableColumn wide(String name, String type, String description) {
        return new TableColumn(name, type, "", description, 1);
    }

    static TableColumn selector(String description) {
        return wide("Selector", "string", description);
    }

    static String name(JsonNode obj) {
        return Field.text(obj, "metadata", "name");
    }

    static String age(JsonNode obj, java.time.Instant now) {
        return HumanDuration.since(Field.text(obj, "metadata", "creationTimestamp"), now);
    }

    /** Container names joined by commas, as {@code layoutContainerCells} does. */
    static String containerNames(JsonNode podSpec) {
        return Field.items(podSpec, "containers").stream().map(c -> Field.text(c, "name")).collect(Collectors.joining(","));
    }

    static String containerImages(JsonNode podSpec) {
        return Field.items(podSpec, "containers").stream().map(c -> Field.text(c, "image")).collect(Collectors.joining(","));
    }

    /** Up to {@code max} entries, then {@code " + N more..."}, as the printers shorten long lists. */
    static String listWithMore(List<String> all, int max, String separator, String empty) {
        if (all.isEmpty()) return empty;
        String shown = String.join(separator, all.subList(0, Math.min(max, all.size())));
        return all.size() > max ? shown + " + " + (all.size() - max) + " more..." : shown;
    }
}
