package io.j8s.apiserver.table;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Turns objects of one resource into {@code Table} rows, as Kubernetes' printers do. Thread-safe. */
public interface TableConvertor {

    List<TableColumn> columns();

    /**
     * The cells of one object's row, one per column, as JSON-ready values (String, Long, Boolean...).
     * Ages are rendered by the server as Kubernetes does ({@code 5m3s}, {@code 2d}), against {@code now}.
     */
    List<Object> cells(ObjectNode obj, java.time.Instant now);
}
