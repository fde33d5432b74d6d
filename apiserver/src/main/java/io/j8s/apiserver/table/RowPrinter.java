package io.j8s.apiserver.table;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * A {@link TableConvertor} made of a column list and a function computing one row's cells.
 *
 * @param columns the columns, wide ones included
 * @param row the cells of one object, one per column
 */
record RowPrinter(List<TableColumn> columns, Row row) implements TableConvertor {

    /** Computes one object's cells. */
    @FunctionalInterface
    interface Row {
        List<Object> cells(ObjectNode obj, Instant now);
    }

    RowPrinter {
        columns = List.copyOf(columns);
    }

    @Override
    public List<Object> cells(ObjectNode obj, Instant now) {
        return row.cells(obj, now);
    }
}
