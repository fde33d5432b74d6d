package io.j8s.apiserver.http;

import io.j8s.apimachinery.api.ApiException;
import io.j8s.apiserver.http.ResponseFormat.Conversion;
import io.j8s.apiserver.http.ResponseFormat.Serialization;
import java.util.List;
import java.util.Set;

/**
 * Picks the response encoding from the Accept header as Kubernetes' {@code NegotiateOutputMediaType}
 * does: the first acceptable range wins; ranges the server cannot honour (protobuf for a kind
 * without a protobuf message, an unknown {@code as=} conversion) are skipped; nothing acceptable
 * is a 406.
 */
final class Negotiator {

    private static final Set<String> META_VERSIONS = Set.of("v1", "v1beta1");

    /**
     * What the response holds.
     *
     * @param list whether it is a list (selects PartialObjectMetadataList over PartialObjectMetadata)
     * @param protobuf whether the kind can be encoded as protobuf
     * @param conversions whether meta.k8s.io conversions (Table, PartialObjectMetadata) are served
     */
    record Target(boolean list, boolean protobuf, boolean conversions) {}

    ResponseFormat negotiate(String accept, Target target) {
        List<MediaRange> ranges = MediaRange.parseAccept(accept);
        for (MediaRange range : ranges) {
            ResponseFormat f = match(range, target);
            if (f != null) {
                return f;
            }
        }
        throw ApiException.notAcceptable("only the following media types are accepted: "
                + ResponseFormat.JSON + ", " + ResponseFormat.YAML + ", " + ResponseFormat.PROTOBUF);
    }

    private static ResponseFormat match(MediaRange range, Target target) {
        Serialization serialization = serialization(range, target);
        if (serialization == null) {
            return null;
        }
        String as = range.param("as");
        if (as == null) {
            return new ResponseFormat(serialization, Conversion.NONE, null);
        }
        // conversions are served as JSON or YAML only, and only in meta.k8s.io
        if (!target.conversions() || serialization == Serialization.PROTOBUF || !"meta.k8s.io".equals(range.param("g"))
                || !META_VERSIONS.contains(range.param("v"))) {
            return null;
        }
        Conversion conversion = switch (as) {
            case "Table" -> Conversion.TABLE;
            case "PartialObjectMetadata" -> target.list() ? null : Conversion.PARTIAL_OBJECT_METADATA;
            case "PartialObjectMetadataList" -> target.list() ? Conversion.PARTIAL_OBJECT_METADATA_LIST : null;
            default -> null;
        };
        return conversion == null ? null : new ResponseFormat(serialization, conversion, range.param("v"));
    }

    private static Serialization serialization(MediaRange range, Target target) {
        if (range.type().equals("*") || (range.type().equals("application") && range.subtype().equals("*"))) {
            // a wildcard means the default, JSON, and never a conversion
            return range.param("as") == null ? Serialization.JSON : null;
        }
        if (range.matches(ResponseFormat.JSON)) {
            return Serialization.JSON;
        }
        if (range.matches(ResponseFormat.YAML)) {
            return Serialization.YAML;
        }
        if (range.matches(ResponseFormat.PROTOBUF)) {
            return target.protobuf() ? Serialization.PROTOBUF : null;
        }
        return null;
    }
}
