package io.j8s.apiserver.table;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Turns fabric8 model objects into the wire JSON the printers read. */
final class Fixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {}

    static ObjectNode json(Object model) {
        return MAPPER.valueToTree(model);
    }
}
