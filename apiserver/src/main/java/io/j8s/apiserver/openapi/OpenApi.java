package io.j8s.apiserver.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.ResourceDefinition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The OpenAPI v3 documents of one set of served resources: the {@code /openapi/v3} index and one
 * document per path ({@code api/v1}, {@code apis/apps/v1}, {@code api}, {@code apis},
 * {@code apis/apps}, {@code version}). Each document is generated on first request and kept. Its
 * hash (the {@code ?hash=} of the index and the ETag) is an upper-case hex SHA-512 of everything
 * the document is generated from, so the index costs nothing and a hash changes exactly when its
 * document does. Thread-safe.
 */
public final class OpenApi {

    /** The version reported in each document's {@code info}. */
    public static final String DEFAULT_SERVER_VERSION = "v1.33.0";

    /** Bumped whenever the generator's output changes for the same input, so clients drop cached documents. */
    private static final String GENERATOR_REVISION = "j8s-openapi-1";

    private record Source(String hash, Supplier<ObjectNode> generator) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, Source> sources;
    private final Map<String, byte[]> generated = new ConcurrentHashMap<>();

    public OpenApi(List<ResourceDefinition> definitions) {
        this(definitions, new PatchMetaStrategies(), CustomResourceSchemas.NONE, DEFAULT_SERVER_VERSION);
    }

    public OpenApi(List<ResourceDefinition> definitions, PatchStrategies patchStrategies,
                   CustomResourceSchemas customSchemas, String serverVersion) {
        GroupVersionDocument builder = new GroupVersionDocument(MAPPER, patchStrategies, customSchemas, serverVersion);
        Map<String, Map<String, List<ResourceDefinition>>> byGroup = new LinkedHashMap<>();
        for (ResourceDefinition d : definitions) {
            byGroup.computeIfAbsent(d.group(), g -> new LinkedHashMap<>())
                    .computeIfAbsent(d.version(), v -> new ArrayList<>()).add(d);
        }
        String base = GENERATOR_REVISION + "\n" + serverVersion + "\n";
        Map<String, Source> s = new LinkedHashMap<>();
        s.put("api", new Source(sha512(base + "api"), builder::coreRoot));
        s.put("apis", new Source(sha512(base + "apis"), builder::groupsRoot));
        byGroup.forEach((group, versions) -> {
            if (!group.isEmpty()) {
                s.put("apis/" + group, new Source(sha512(base + "apis/" + group), () -> builder.groupRoot(group)));
            }
            versions.forEach((version, resources) -> {
                List<ResourceDefinition> served = List.copyOf(resources);
                StringBuilder input = new StringBuilder(base).append(group).append('/').append(version);
                for (ResourceDefinition d : served) {
                    input.append('\n').append(fingerprint(d)).append(customSchemas.schemaOf(d).map(Object::toString).orElse(""));
                }
                s.put((group.isEmpty() ? "api/" : "apis/" + group + "/") + version,
                        new Source(sha512(input.toString()), () -> builder.groupVersion(group, version, served)));
            });
        });
        s.put("version", new Source(sha512(base + "version"), builder::version));
        this.sources = Collections.unmodifiableMap(s);
    }

    /** {@code GET /openapi/v3}: every document path with its {@code serverRelativeURL} carrying the hash. */
    public ObjectNode index() {
        ObjectNode index = JsonNodeFactory.instance.objectNode();
        ObjectNode paths = index.putObject("paths");
        sources.forEach((path, source) -> paths.putObject(path)
                .put("serverRelativeURL", "/openapi/v3/" + path + "?hash=" + source.hash()));
        return index;
    }

    /**
     * The serialized document of a path such as {@code apis/apps/v1} (a leading {@code /openapi/v3/}
     * is ignored), empty if there is none. The first call for a path generates it.
     */
    public Optional<byte[]> document(String path) {
        String key = strip(path);
        Source source = sources.get(key);
        if (source == null) return Optional.empty();
        return Optional.of(generated.computeIfAbsent(key, k -> serialize(source.generator().get())).clone());
    }

    /** The document as a tree the caller may change, empty if there is none. */
    public Optional<ObjectNode> documentTree(String path) {
        return document(path).map(bytes -> {
            try {
                return (ObjectNode) MAPPER.readTree(bytes);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("a document this class wrote always parses", e);
            }
        });
    }

    /** The hash of a document (upper-case hex SHA-512), the value of {@code ?hash=} and of the ETag. */
    public Optional<String> hash(String path) {
        return Optional.ofNullable(sources.get(strip(path))).map(Source::hash);
    }

    /** The paths of all documents, in index order. */
    public List<String> paths() {
        return List.copyOf(sources.keySet());
    }

    private static byte[] serialize(ObjectNode doc) {
        try {
            return MAPPER.writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** What a definition contributes to its document, in an order stable across JVMs (sets sorted). */
    private static String fingerprint(ResourceDefinition d) {
        return String.join("|", d.group(), d.version(), d.resource(), d.kind(), d.singular(),
                Boolean.toString(d.namespaced()), d.shortNames().toString(), d.categories().toString(),
                d.subresources().stream().sorted().toList().toString(), d.storageVersion(),
                d.modelClass() == null ? "" : d.modelClass().getName(), d.verbs().toString());
    }

    private static String sha512(String input) {
        try {
            byte[] sum = MessageDigest.getInstance("SHA-512").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(sum);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-512", e);
        }
    }

    private static String strip(String path) {
        String p = path.startsWith("/openapi/v3/") ? path.substring("/openapi/v3/".length()) : path;
        int query = p.indexOf('?');
        if (query >= 0) p = p.substring(0, query);
        p = p.startsWith("/") ? p.substring(1) : p;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
