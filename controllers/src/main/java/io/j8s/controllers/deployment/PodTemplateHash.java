package io.j8s.controllers.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.nio.charset.StandardCharsets;

/**
 * The {@code pod-template-hash} label value: FNV-32a over the template (here its canonical JSON, keys sorted,
 * where Kubernetes hashes Go's printed struct), then the collision count, encoded with Kubernetes'
 * {@code rand.SafeEncodeString} alphabet. Stable across processes and restarts.
 */
public final class PodTemplateHash {

    /** The label that tells a Deployment's ReplicaSets and their pods apart. */
    public static final String LABEL = "pod-template-hash";

    private static final String ALPHANUMS = "bcdfghjklmnpqrstvwxz2456789";

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .build();

    private PodTemplateHash() {
    }

    /** The hash of {@code template} with {@code collisionCount} (null: none) mixed in. */
    public static String compute(PodTemplateSpec template, Integer collisionCount) {
        int hash = 0x811c9dc5;
        for (byte b : canonical(template).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        if (collisionCount != null) {
            int c = collisionCount;
            for (int i = 0; i < 4; i++) {
                hash ^= (c >>> (8 * i)) & 0xff;
                hash *= 0x01000193;
            }
        }
        return safeEncode(Integer.toUnsignedString(hash));
    }

    /** Kubernetes' {@code rand.SafeEncodeString}: maps each character into an alphabet without vowels. */
    static String safeEncode(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            out.append(ALPHANUMS.charAt(ch % ALPHANUMS.length()));
        }
        return out.toString();
    }

    /** Whether two templates are equal once the {@value #LABEL} label is ignored ({@code EqualIgnoreHash}). */
    public static boolean equalIgnoreHash(PodTemplateSpec a, PodTemplateSpec b) {
        return withoutHash(a).equals(withoutHash(b));
    }

    private static JsonNode withoutHash(PodTemplateSpec template) {
        JsonNode tree = canonicalTree(template);
        if (tree instanceof ObjectNode root && root.get("metadata") instanceof ObjectNode meta
                && meta.get("labels") instanceof ObjectNode labels) {
            labels.remove(LABEL);
        }
        return prune(tree);
    }

    private static String canonical(PodTemplateSpec template) {
        try {
            return CANONICAL.writeValueAsString(canonicalTree(template));
        } catch (Exception e) {
            throw new IllegalStateException("cannot serialise a pod template", e);
        }
    }

    /**
     * The template as a tree with keys sorted and empty objects, arrays and nulls dropped: Go's API types do not
     * tell an empty struct or list from an absent one, so neither may we (kubectl sends {@code resources: {}}).
     */
    private static JsonNode canonicalTree(PodTemplateSpec template) {
        return prune(CANONICAL.valueToTree(template));
    }

    private static JsonNode prune(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            ObjectNode out = CANONICAL.createObjectNode();
            java.util.List<String> names = new java.util.ArrayList<>();
            obj.fieldNames().forEachRemaining(names::add);
            java.util.Collections.sort(names);
            for (String name : names) {
                JsonNode child = prune(obj.get(name));
                if (child != null) {
                    out.set(name, child);
                }
            }
            return out.isEmpty() ? null : out;
        }
        if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode arr) {
            var out = CANONICAL.createArrayNode();
            for (JsonNode e : arr) {
                JsonNode child = prune(e);
                out.add(child == null ? CANONICAL.createObjectNode() : child);
            }
            return out.isEmpty() ? null : out;
        }
        return node == null || node.isNull() ? null : node;
    }
}
