package io.j8s.apimachinery.patch;

import java.util.ArrayList;
import java.util.List;

/** An RFC 6901 JSON Pointer split into unescaped reference tokens. */
record JsonPointer(String text, List<String> tokens) {

    static JsonPointer parse(String text) {
        List<String> tokens = new ArrayList<>();
        if (text.isEmpty()) {
            return new JsonPointer(text, tokens);
        }
        if (text.charAt(0) != '/') {
            throw PatchErrors.unprocessable("JSON pointer must be empty or start with a \"/\": " + text);
        }
        for (String raw : text.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return new JsonPointer(text, List.copyOf(tokens));
    }

    boolean isRoot() {
        return tokens.isEmpty();
    }

    String last() {
        return tokens.get(tokens.size() - 1);
    }

    List<String> parent() {
        return tokens.subList(0, tokens.size() - 1);
    }

    boolean isPrefixOf(JsonPointer other) {
        return other.tokens.size() > tokens.size() && other.tokens.subList(0, tokens.size()).equals(tokens);
    }
}
