package io.j8s.apiserver.http;

/**
 * How a response body is encoded: the serialization and, for kubectl and metadata-only clients,
 * the meta.k8s.io conversion asked for with {@code as=}.
 *
 * @param serialization JSON, YAML or protobuf
 * @param conversion the object conversion to apply before encoding
 * @param conversionVersion {@code v1} or {@code v1beta1} of meta.k8s.io when converting, else null
 */
record ResponseFormat(Serialization serialization, Conversion conversion, String conversionVersion) {

    static final String JSON = "application/json";
    static final String YAML = "application/yaml";
    static final String PROTOBUF = "application/vnd.kubernetes.protobuf";

    static final ResponseFormat PLAIN_JSON = new ResponseFormat(Serialization.JSON, Conversion.NONE, null);

    enum Serialization {
        JSON(ResponseFormat.JSON), YAML(ResponseFormat.YAML), PROTOBUF(ResponseFormat.PROTOBUF);

        final String mediaType;

        Serialization(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    /** The meta.k8s.io kinds a client may ask objects to be converted to. */
    enum Conversion {
        NONE(null), TABLE("Table"), PARTIAL_OBJECT_METADATA("PartialObjectMetadata"),
        PARTIAL_OBJECT_METADATA_LIST("PartialObjectMetadataList");

        final String kind;

        Conversion(String kind) {
            this.kind = kind;
        }
    }

    /** The Content-Type of a whole (non-watch) response, with the conversion's parameters as Kubernetes sends them. */
    String contentType() {
        if (conversion == Conversion.NONE) {
            return serialization.mediaType;
        }
        return serialization.mediaType + ";as=" + conversion.kind + ";v=" + conversionVersion + ";g=meta.k8s.io";
    }

    /** The Content-Type of a watch stream: JSON stays plain, other serializations carry {@code stream=watch}. */
    String watchContentType() {
        return serialization == Serialization.JSON ? JSON : serialization.mediaType + ";stream=watch";
    }
}
