package io.j8s.apiserver.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.ResourceDefinition;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything discovery answers for one set of served resources. Immutable and thread-safe: build a
 * new one (or use {@link DiscoveryCache}) when custom resources change the set. Every method
 * returning an {@link ObjectNode} returns a fresh tree the caller may change.
 */
public final class Discovery {

    /** The media type versions of aggregated discovery a client may ask for. */
    public enum AggregatedVersion {
        V2("apidiscovery.k8s.io/v2"),
        V2BETA1("apidiscovery.k8s.io/v2beta1");

        private final String apiVersion;

        AggregatedVersion(String apiVersion) {
            this.apiVersion = apiVersion;
        }

        public String apiVersion() {
            return apiVersion;
        }

        /** The {@code Content-Type} to answer with, such as {@code application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList}. */
        public String contentType() {
            return "application/json;g=apidiscovery.k8s.io;v=" + apiVersion.substring(apiVersion.indexOf('/') + 1)
                    + ";as=APIGroupDiscoveryList";
        }
    }

    /** Which root an aggregated document describes: {@code /api} (the core group) or {@code /apis} (all others). */
    public enum Root { API, APIS }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<ServedGroup> groups;
    private final Map<String, ServedGroup> byName;
    private final ObjectNode coreAggregated;
    private final ObjectNode groupsAggregated;
    private final String coreEtag;
    private final String groupsEtag;

    public Discovery(List<ResourceDefinition> definitions) {
        this.groups = ServedGroup.of(definitions);
        this.byName = ServedGroup.byName(groups);
        this.coreAggregated = AggregatedDiscovery.list(coreGroups(), AggregatedVersion.V2.apiVersion());
        this.groupsAggregated = AggregatedDiscovery.list(namedGroups(), AggregatedVersion.V2.apiVersion());
        this.coreEtag = etagOf(coreAggregated);
        this.groupsEtag = etagOf(groupsAggregated);
    }

    /** {@code GET /api}: {@code APIVersions}, telling clients to reach the server at {@code serverAddress} (host:port). */
    public ObjectNode apiVersions(String serverAddress) {
        return LegacyDiscovery.apiVersions(byName.get(""), serverAddress);
    }

    /** {@code GET /apis}: {@code APIGroupList} of every named group, preferred version first. */
    public ObjectNode apiGroupList() {
        return LegacyDiscovery.apiGroupList(groups);
    }

    /** {@code GET /apis/{group}}: {@code APIGroup}, empty for a group not served (and for the core group). */
    public Optional<ObjectNode> apiGroup(String group) {
        if (group.isEmpty()) return Optional.empty();
        return Optional.ofNullable(byName.get(group)).map(LegacyDiscovery::apiGroup);
    }

    /** {@code GET /api/v1} or {@code GET /apis/{group}/{version}}: {@code APIResourceList}, empty if not served. */
    public Optional<ObjectNode> apiResourceList(String group, String version) {
        return Optional.ofNullable(byName.get(group))
                .flatMap(g -> g.versions().stream().filter(v -> v.version().equals(version)).findFirst())
                .map(v -> LegacyDiscovery.apiResourceList(group, v));
    }

    /** The aggregated {@code APIGroupDiscoveryList} of {@code /api} or {@code /apis} at the given version. */
    public ObjectNode aggregated(Root root, AggregatedVersion version) {
        ObjectNode doc = (root == Root.API ? coreAggregated : groupsAggregated).deepCopy();
        doc.put("apiVersion", version.apiVersion());
        return doc;
    }

    /** The aggregated document serialized, ready to send. */
    public byte[] aggregatedBytes(Root root, AggregatedVersion version) {
        return bytes(aggregated(root, version));
    }

    /**
     * The {@code ETag} header value of an aggregated document, quoted, as Kubernetes sends it: a hash
     * of its content, the same for both versions, changing only when the served resources change.
     */
    public String etag(Root root) {
        return root == Root.API ? coreEtag : groupsEtag;
    }

    private List<ServedGroup> coreGroups() {
        return groups.stream().filter(g -> g.name().isEmpty()).toList();
    }

    private List<ServedGroup> namedGroups() {
        return groups.stream().filter(g -> !g.name().isEmpty()).toList();
    }

    private static String etagOf(ObjectNode doc) {
        byte[] sum = StorageVersionHash.sha256(bytes(doc));
        return "\"" + HexFormat.of().withUpperCase().formatHex(sum) + "\"";
    }

    private static byte[] bytes(ObjectNode doc) {
        try {
            return MAPPER.writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
