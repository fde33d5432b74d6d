package io.j8s.apiserver.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The table of a custom resource: Name, then its {@code additionalPrinterColumns} (Age when it
 * declares none), as apiextensions-apiserver's table convertor builds it. Typed columns keep JSON
 * numbers and booleans, date columns show the age, string columns show the value as text.
 */
final class CustomResourceTableConvertor implements TableConvertor {

    private final List<PrinterColumn> printerColumns;
    private final List<SimpleJsonPath> paths;
    private final List<TableColumn> columns;

    CustomResourceTableConvertor(List<PrinterColumn> printerColumns) {
        this.printerColumns = List.copyOf(printerColumns.isEmpty() ? List.of(PrinterColumn.AGE) : printerColumns);
        this.paths = this.printerColumns.stream().map(c -> new SimpleJsonPath(c.jsonPath())).toList();
        List<TableColumn> cols = new ArrayList<>();
        cols.add(Columns.NAME);
        for (PrinterColumn c : this.printerColumns) {
            cols.add(new TableColumn(c.name(), c.type(), c.format() == null ? "" : c.format(),
                    c.description() == null ? "" : c.description(), c.priority()));
        }
        this.columns = List.copyOf(cols);
    }

    @Override
    public List<TableColumn> columns() {
        return columns;
    }

    @Override
    public List<Object> cells(ObjectNode obj, Instant now) {
        List<Object> cells = new ArrayList<>();
        cells.add(Columns.name(obj));
        for (int i = 0; i < printerColumns.size(); i++) {
            List<JsonNode> found = paths.get(i).find(obj);
            cells.add(found.isEmpty() || found.getFirst().isNull() ? null : cell(printerColumns.get(i).type(), found, now));
        }
        return cells;
    }

    private static Object cell(String type, List<JsonNode> found, Instant now) {
        JsonNode value = found.getFirst();
        return switch (type) {
            case "integer" -> value.isNumber() ? (Object) value.asLong() : null;
            case "number" -> value.isNumber() ? (Object) value.asDouble() : null;
            case "boolean" -> value.isBoolean() ? (Object) value.asBoolean() : null;
            case "date" -> value.isTextual()
                    ? (HumanDuration.parse(value.asText()) == null ? "<invalid>" : HumanDuration.since(value.asText(), now))
                    : null;
            default -> found.stream().map(v -> v.isValueNode() ? v.asText() : v.toString()).collect(Collectors.joining(" "));
        };
    }
}
