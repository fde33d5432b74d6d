package io.j8s.apiserver.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomResourceTableConvertorTest {

    private static final Instant NOW = Instant.parse("2026-01-01T01:00:00Z");

    private static ObjectNode widget() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree("""
                {"apiVersion":"example.com/v1","kind":"Widget",
                 "metadata":{"name":"w1","creationTimestamp":"2026-01-01T00:55:00Z"},
                 "spec":{"replicas":3,"size":"large","ratio":0.5,"enabled":true,
                         "ports":[{"port":80},{"port":443}],"labels":{"tier.example.com":"web"}},
                 "status":{"lastSeen":"2026-01-01T00:59:00Z"}}""");
    }

    @Test
    void withoutPrinterColumnsShowsNameAndAge() throws Exception {
        TableConvertor c = TableConvertors.forCustomResource(List.of());
        assertThat(c.columns()).extracting(TableColumn::name, TableColumn::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Name", "string"), org.assertj.core.groups.Tuple.tuple("Age", "date"));
        assertThat(c.cells(widget(), NOW)).containsExactly("w1", "5m");
    }

    @Test
    void typedColumnsReadTheirJsonPath() throws Exception {
        TableConvertor c = TableConvertors.forCustomResource(List.of(
                new PrinterColumn("Replicas", "integer", "", "", 0, ".spec.replicas"),
                new PrinterColumn("Size", "string", "", "", 0, ".spec.size"),
                new PrinterColumn("Ratio", "number", "", "", 1, ".spec.ratio"),
                new PrinterColumn("Enabled", "boolean", "", "", 0, ".spec.enabled"),
                new PrinterColumn("Ports", "string", "", "", 0, ".spec.ports[*].port"),
                new PrinterColumn("First", "integer", "", "", 0, ".spec.ports[0].port"),
                new PrinterColumn("Tier", "string", "", "", 0, ".spec.labels['tier.example.com']"),
                new PrinterColumn("Seen", "date", "", "", 0, ".status.lastSeen"),
                new PrinterColumn("Missing", "string", "", "", 0, ".status.nothing"),
                new PrinterColumn("Wrong", "integer", "", "", 0, ".spec.size")));
        assertThat(c.columns().get(3).priority()).isEqualTo(1);
        assertThat(c.cells(widget(), NOW)).containsExactly("w1", 3L, "large", 0.5, true, "80 443", 80L, "web", "60s", null, null);
    }
}
