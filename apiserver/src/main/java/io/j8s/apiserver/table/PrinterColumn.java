package io.j8s.apiserver.table;

/**
 * One {@code additionalPrinterColumns} entry of a CustomResourceDefinition version.
 *
 * @param name the header, such as {@code Replicas}
 * @param type integer, number, string, boolean or date (shown as an age)
 * @param format an OpenAPI format such as {@code int32}, or empty
 * @param description what the column shows, or empty
 * @param priority 0 for the default view, above 0 for {@code -o wide}
 * @param jsonPath a simple JSONPath into the object, such as {@code .spec.replicas}
 */
public record PrinterColumn(String name, String type, String format, String description, int priority, String jsonPath) {

    /** The column custom resources get when their definition declares none: their age. */
    public static final PrinterColumn AGE = new PrinterColumn("Age", "date", "", Columns.AGE_DOC, 0, ".metadata.creationTimestamp");
}
