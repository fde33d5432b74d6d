package io.j8s.apiserver.table;

/**
 * One {@code TableColumnDefinition}.
 *
 * @param name the header, such as {@code Name} or {@code Ready}
 * @param type the OpenAPI type: string, integer, number, boolean or date
 * @param format such as {@code name} for the name column, or empty
 * @param description what the column shows
 * @param priority 0 for the default view, above 0 for {@code -o wide} only
 */
public record TableColumn(String name, String type, String format, String description, int priority) {}
