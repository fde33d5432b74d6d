package io.j8s.apimachinery.protobuf;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.Map;

/**
 * Messages whose JSON form is not an object of their fields: Kubernetes gives these types custom
 * JSON marshalling (a timestamp string, a quantity string, a number-or-string, embedded raw JSON...).
 */
enum SpecialType {
    /** An ordinary message: a JSON object of its fields. */
    NONE,
    /** meta/v1 Time: RFC 3339 in whole seconds. */
    TIME,
    /** meta/v1 MicroTime: RFC 3339 with six fraction digits. */
    MICRO_TIME,
    /** meta/v1 Duration: Go duration string such as {@code 1h2m3s}. */
    DURATION,
    /** resource.Quantity: its canonical string. */
    QUANTITY,
    /** intstr.IntOrString: a JSON number or string. */
    INT_OR_STRING,
    /** runtime.RawExtension: the embedded object itself. */
    RAW_EXTENSION,
    /** meta/v1 FieldsV1 and apiextensions JSON: raw JSON bytes. */
    RAW_JSON,
    /** Named string slices (Verbs, ExtraValue): a JSON array. */
    STRING_LIST,
    /** apiextensions JSONSchemaPropsOrArray: a schema or an array of schemas. */
    SCHEMA_OR_ARRAY,
    /** apiextensions JSONSchemaPropsOrBool: a schema or a boolean. */
    SCHEMA_OR_BOOL,
    /** apiextensions JSONSchemaPropsOrStringArray: a schema or an array of strings. */
    SCHEMA_OR_STRING_ARRAY;

    private static final String META = MessageTypes.META_PACKAGE + ".";
    private static final String APIEXTENSIONS = "k8s.io.apiextensions_apiserver.pkg.apis.apiextensions.";

    private static final Map<String, SpecialType> BY_FULL_NAME = Map.of(
            META + "Time", TIME,
            META + "MicroTime", MICRO_TIME,
            META + "Duration", DURATION,
            META + "FieldsV1", RAW_JSON,
            "k8s.io.apimachinery.pkg.api.resource.Quantity", QUANTITY,
            "k8s.io.apimachinery.pkg.api.resource.QuantityValue", QUANTITY,
            "k8s.io.apimachinery.pkg.util.intstr.IntOrString", INT_OR_STRING,
            "k8s.io.apimachinery.pkg.runtime.RawExtension", RAW_EXTENSION);

    private static final Map<String, SpecialType> APIEXTENSIONS_BY_NAME = Map.of(
            "JSON", RAW_JSON,
            "JSONSchemaPropsOrArray", SCHEMA_OR_ARRAY,
            "JSONSchemaPropsOrBool", SCHEMA_OR_BOOL,
            "JSONSchemaPropsOrStringArray", SCHEMA_OR_STRING_ARRAY);

    static SpecialType of(Descriptor type) {
        SpecialType known = BY_FULL_NAME.get(type.getFullName());
        if (known != null) {
            return known;
        }
        if (type.getFile().getPackage().startsWith(APIEXTENSIONS)) {
            SpecialType schema = APIEXTENSIONS_BY_NAME.get(type.getName());
            if (schema != null) {
                return schema;
            }
        }
        return isStringList(type) ? STRING_LIST : NONE;
    }

    /** A Go {@code []string} given a name, which go-to-protobuf wraps as {@code repeated string items}. */
    private static boolean isStringList(Descriptor type) {
        if (type.getFields().size() != 1) {
            return false;
        }
        FieldDescriptor only = type.getFields().getFirst();
        return only.getName().equals("items") && only.isRepeated()
                && only.getType() == FieldDescriptor.Type.STRING;
    }
}
