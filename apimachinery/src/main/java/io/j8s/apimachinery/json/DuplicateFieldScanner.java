package io.j8s.apimachinery.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Streams through a JSON document and reports fields repeated within one object. Jackson's tree
 * model keeps the last value silently, so strict decoding has to look at the tokens.
 */
final class DuplicateFieldScanner {

    private final JsonParser parser;
    private final List<String> duplicates = new ArrayList<>();

    private DuplicateFieldScanner(JsonParser parser) {
        this.parser = parser;
    }

    static List<String> scan(JsonParser parser) throws IOException {
        DuplicateFieldScanner scanner = new DuplicateFieldScanner(parser);
        JsonToken first = parser.nextToken();
        if (first != null) {
            scanner.value(first, "");
        }
        return List.copyOf(scanner.duplicates);
    }

    private void value(JsonToken token, String path) throws IOException {
        if (token == JsonToken.START_OBJECT) {
            object(path);
        } else if (token == JsonToken.START_ARRAY) {
            int i = 0;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                value(t, path + "[" + i++ + "]");
            }
        }
    }

    private void object(String path) throws IOException {
        Set<String> seen = new HashSet<>();
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            String child = path.isEmpty() ? name : path + "." + name;
            if (!seen.add(name)) {
                duplicates.add(child);
            }
            value(parser.nextToken(), child);
        }
    }
}
