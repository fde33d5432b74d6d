package io.j8s.apimachinery.protobuf;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How every field of every loaded message maps to JSON, worked out once so that converting an
 * object does no name building or table lookups per field. Immutable and thread-safe.
 */
final class FieldPlans {

    /**
     * One field: its JSON name, whether it is an embedded struct, whether the JSON API omits its
     * zero, whether it is a List's items (never omitted), and the JSON form of its message type.
     */
    record Plan(FieldDescriptor field, String jsonName, boolean inline, boolean omitsZero, boolean listItems,
                SpecialType special) {
    }

    private final Map<Descriptor, List<Plan>> plans;
    private final Map<Descriptor, SpecialType> specials;

    FieldPlans(List<FileDescriptor> files) {
        Map<Descriptor, List<Plan>> byMessage = new HashMap<>();
        Map<Descriptor, SpecialType> special = new HashMap<>();
        Set<FileDescriptor> seen = new HashSet<>();
        for (FileDescriptor file : files) {
            addFile(file, seen, byMessage, special);
        }
        this.plans = Map.copyOf(byMessage);
        this.specials = Map.copyOf(special);
    }

    /** A file and, transitively, the files it imports, so that every field's message has a plan. */
    private static void addFile(FileDescriptor file, Set<FileDescriptor> seen, Map<Descriptor, List<Plan>> byMessage,
                                Map<Descriptor, SpecialType> special) {
        if (!seen.add(file)) {
            return;
        }
        file.getMessageTypes().forEach(type -> add(type, byMessage, special));
        file.getDependencies().forEach(dependency -> addFile(dependency, seen, byMessage, special));
    }

    private static void add(Descriptor type, Map<Descriptor, List<Plan>> byMessage, Map<Descriptor, SpecialType> special) {
        List<Plan> fields = new ArrayList<>(type.getFields().size());
        for (FieldDescriptor field : type.getFields()) {
            fields.add(new Plan(field, FieldNaming.jsonName(field), FieldNaming.isInline(field),
                    OmittedZeros.omitsZero(field), isListItems(field),
                    field.getType() == FieldDescriptor.Type.MESSAGE ? SpecialType.of(field.getMessageType())
                            : SpecialType.NONE));
        }
        byMessage.put(type, List.copyOf(fields));
        special.put(type, SpecialType.of(type));
        type.getNestedTypes().forEach(nested -> add(nested, byMessage, special));
    }

    /** The items of a List kind: a repeated items field beside ListMeta metadata. */
    private static boolean isListItems(FieldDescriptor field) {
        if (!field.isRepeated() || !field.getName().equals("items")) {
            return false;
        }
        FieldDescriptor metadata = field.getContainingType().findFieldByName("metadata");
        return metadata != null && metadata.getType() == FieldDescriptor.Type.MESSAGE
                && metadata.getMessageType().getName().equals("ListMeta");
    }

    /** The plans of the message's fields, in declaration order (Go struct order). */
    List<Plan> of(Descriptor type) {
        List<Plan> plan = plans.get(type);
        if (plan == null) {
            throw new IllegalArgumentException("no field plan for message " + type.getFullName());
        }
        return plan;
    }

    /** The JSON form of a message type. */
    SpecialType special(Descriptor type) {
        SpecialType special = specials.get(type);
        return special != null ? special : SpecialType.of(type);
    }
}
