package io.j8s.apiserver.table;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The table of resources without a printer: Name and Created At (a {@code date} column holding the
 * RFC 3339 creation timestamp), as the apiserver's {@code rest.NewDefaultTableConvertor} builds it.
 */
final class DefaultTableConvertor implements TableConvertor {

    private static final List<TableColumn> COLUMNS = List.of(
            Columns.NAME,
            new TableColumn("Created At", "date", "", Columns.AGE_DOC, 0));

    @Override
    public List<TableColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<Object> cells(ObjectNode obj, Instant now) {
        String created = Field.text(obj, "metadata", "creationTimestamp");
        return Arrays.asList(Columns.name(obj), created.isEmpty() ? null : created);
    }
}
