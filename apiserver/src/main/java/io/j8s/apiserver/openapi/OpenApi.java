package io.j8s.apiserver.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.ResourceDefinition;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenAPI v3 documents of one set of served resources: the {@code /openapi/v3} index and one
 * document per path ({@code api/v1}, {@code apis/apps/v1}, {@code api}, {@code apis},
 * {@code apis/apps}, {@code version}). Documents are built once, on first use, and kept with the
 * SHA-512 hash clients put in {@code ?hash=} and servers send as ETag. Thread-safe.
 */
public final class OpenApi {

    /** The version reported in each document's {@code info}. */
    public static final String DEFAULT_SERVER_VERSION = "v1.33.0";

    private record Document(byte[] bytes, String hash) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<ResourceDefinition> definitions;
    private final GroupVersionDocument builder;
    private volatile Map<String, Document> documents;

    public OpenApi(List<ResourceDefinition> definitions) {
        this(definitions, new PatchMetaStrategies(), CustomResourceSchemas.NONE, DEFAULT_SERVER_VERSION);
    }

    public OpenApi(List<ResourceDefinition> definitions, PatchStrategies patchStrategies,
                   CustomResourceSchemas customSchemas, String serverVersion) {
        this.definitions = List.copyOf(definitions);
        this.builder = new GroupVersionDocument(MAPPER, patchStrategies, customSchemas, serverVersion);
    }

    /** {@code GET /openapi/v3}: every document path with its {@code serverRelativeURL} carrying the hash. */
    public ObjectNode index() {
        ObjectNode index = JsonNodeFactory.instance.objectNode();
        ObjectNode paths = index.putObject("paths");
        documents().forEach((path, doc) -> paths.putObject(path)
                .put("serverRelativeURL", "/openapi/v3/" + path + "?hash=" + doc.hash()));
        return index;
    }

    /** The serialized document of a path such as {@code apis/apps/v1}, empty if there is none. */
    public Optional<byte[]> document(String path) {
        return Optional.ofNullable(documents().get(strip(path))).map(d -> d.bytes().clone());
    }

    /** The document as a tree the caller may change, empty if there is none. */
    public Optional<ObjectNode> documentTree(String path) {
        return Optional.ofNullable(documents().get(strip(path))).map(d -> {
            try {
                return (ObjectNode) MAPPER.readTree(d.bytes());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("a document this class wrote always parses", e);
            }
        });
    }

    /** The hash of a document (upper-case hex SHA-512), the value of {@code ?hash=} and of the ETag. */
    public Optional<String> hash(String path) {
        return Optional.ofNullable(documents().get(strip(path))).map(Document::hash);
    }

    /** The paths of all documents, in index order. */
    public List<String> paths() {
        return List.copyOf(documents().keySet());
    }

    private Map<String, Document> documents() {
        Map<String, Document> d = documents;
        if (d == null) {
            synchronized (this) {
                d = documents;
                if (d == null) {
                    d = build();
                    documents = d;
                }
            }
        }
        return d;
    }

    private Map<String, Document> build() {
        Map<String, Map<String, List<ResourceDefinition>>> byGroup = new LinkedHashMap<>();
        for (ResourceDefinition d : definitions) {
            byGroup.computeIfAbsent(d.group(), g -> new LinkedHashMap<>())
                    .computeIfAbsent(d.version(), v -> new ArrayList<>()).add(d);
        }
        Map<String, Document> docs = new LinkedHashMap<>();
        docs.put("api", document(builder.coreRoot()));
        docs.put("apis", document(builder.groupsRoot()));
        byGroup.forEach((group, versions) -> {
            if (!group.isEmpty()) docs.put("apis/" + group, document(builder.groupRoot(group)));
            versions.forEach((version, resources) -> docs.put(
                    (group.isEmpty() ? "api/" : "apis/" + group + "/") + version,
                    document(builder.groupVersion(group, version, resources))));
        });
        docs.put("version", document(builder.version()));
        return java.util.Collections.unmodifiableMap(docs);
    }

    private static Document document(ObjectNode doc) {
        try {
            byte[] bytes = MAPPER.writeValueAsBytes(doc);
            return new Document(bytes, HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("documents always serialize and every JDK has SHA-512", e);
        }
    }

    private static String strip(String path) {
        String p = path.startsWith("/openapi/v3/") ? path.substring("/openapi/v3/".length()) : path;
        p = p.startsWith("/") ? p.substring(1) : p;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
