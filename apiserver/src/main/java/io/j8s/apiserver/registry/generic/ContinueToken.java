package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A list's {@code continue} value, shaped as Kubernetes' own (base64 of
 * {@code {"v":"meta.k8s.io/v1","rv":N,"start":"<key after the prefix>\u0000"}}): the next page
 * starts after the last key returned and is read at the first page's revision.
 *
 * @param revision the revision the first page was read at
 * @param lastKey the key, relative to the list's prefix, of the last object returned
 */
record ContinueToken(long revision, String lastKey) {

    String encode() {
        ObjectNode node = Json.object();
        node.put("v", "meta.k8s.io/v1");
        node.put("rv", revision);
        node.put("start", lastKey + "\u0000");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.write(node));
    }

    static ContinueToken decode(String token) {
        try {
            byte[] raw = token.contains("+") || token.contains("/")
                    ? Base64.getDecoder().decode(token)
                    : Base64.getUrlDecoder().decode(token.replace("=", ""));
            JsonNode node = Json.mapper().readTree(new String(raw, StandardCharsets.UTF_8));
            if (!"meta.k8s.io/v1".equals(node.path("v").asText())) {
                throw invalid("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
            }
            long rv = node.path("rv").asLong(0);
            if (rv <= 0) {
                throw invalid("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
            }
            String start = node.path("start").asText("");
            if (start.endsWith("\u0000")) {
                start = start.substring(0, start.length() - 1);
            }
            if (start.isEmpty() || start.startsWith("/") || start.contains("..")) {
                throw invalid("continue key is not valid: invalid start key");
            }
            return new ContinueToken(rv, start);
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid("continue key is not valid: " + e.getMessage());
        }
    }

    private static ApiException invalid(String message) {
        return ApiException.badRequest(message);
    }
}
