package io.j8s.apimachinery.protobuf;

import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.Map;
import java.util.Set;

/**
 * How a protobuf field of a Kubernetes message appears in JSON. go-to-protobuf names a field after
 * its JSON name, except for the few exceptions below and for embedded Go structs, whose fields JSON
 * inlines into the enclosing object.
 */
final class FieldNaming {

    /** "Message.protoField" -> JSON name, where a struct tag names the protobuf field differently. */
    private static final Map<String, String> RENAMED = Map.of(
            "MutatingWebhookConfiguration.Webhooks", "webhooks",
            "ValidatingWebhookConfiguration.Webhooks", "webhooks",
            "Validation.Expression", "expression",
            "Variable.Name", "name",
            "Variable.Expression", "expression",
            "JSONSchemaProps.ref", "$ref",
            "JSONSchemaProps.schema", "$schema");

    /** "Message.protoField" of embedded structs ({@code json:",inline"}). */
    private static final Set<String> INLINE = Set.of(
            "Volume.volumeSource",
            "PersistentVolumeSpec.persistentVolumeSource",
            "EphemeralContainer.ephemeralContainerCommon",
            "Probe.handler",
            "IngressRule.ingressRuleValue",
            "VolumeMountStatus.volumeStatus",
            "RuleWithOperations.rule",
            "NamedRuleWithOperations.ruleWithOperations",
            "DeviceClaimConfiguration.deviceConfiguration",
            "DeviceClassConfiguration.deviceConfiguration",
            "DeviceAllocationConfiguration.deviceConfiguration");

    private static final String X_KUBERNETES = "xKubernetes";

    private FieldNaming() {
    }

    static String jsonName(FieldDescriptor field) {
        String key = field.getContainingType().getName() + "." + field.getName();
        String renamed = RENAMED.get(key);
        if (renamed != null) {
            return renamed;
        }
        if (field.getName().startsWith(X_KUBERNETES) && field.getContainingType().getName().equals("JSONSchemaProps")) {
            return kebab(field.getName());
        }
        return field.getName();
    }

    /** Whether the field's message is an embedded struct whose fields sit in the enclosing JSON object. */
    static boolean isInline(FieldDescriptor field) {
        if (field.getType() != FieldDescriptor.Type.MESSAGE || field.isRepeated()) {
            return false;
        }
        if (field.getName().equals("localObjectReference")
                && field.getMessageType().getName().equals("LocalObjectReference")) {
            return true;
        }
        return INLINE.contains(field.getContainingType().getName() + "." + field.getName());
    }

    /** xKubernetesListMapKeys -> x-kubernetes-list-map-keys. */
    private static String kebab(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
