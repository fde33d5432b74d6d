package io.j8s.controllers.statefulset;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.j8s.controllers.base.OwnerReferences;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Identity of stateful pods: names, ordinals, revision labels, and the claims of each ordinal. */
public final class StatefulPods {

    /** The revision label on every pod, as Kubernetes' {@code controller-revision-hash}. */
    public static final String REVISION_LABEL = "controller-revision-hash";
    public static final String POD_NAME_LABEL = "statefulset.kubernetes.io/pod-name";
    public static final String POD_INDEX_LABEL = "apps.kubernetes.io/pod-index";

    private StatefulPods() {
    }

    /** The ordinal of {@code pod} in {@code set}, or -1 when its name is not {@code <set>-<n>}. */
    public static int ordinalOf(StatefulSet set, Pod pod) {
        String prefix = set.getMetadata().getName() + "-";
        String name = pod.getMetadata().getName();
        if (!name.startsWith(prefix)) {
            return -1;
        }
        String rest = name.substring(prefix.length());
        if (rest.isEmpty() || rest.length() > 9 || !rest.chars().allMatch(Character::isDigit)
                || (rest.length() > 1 && rest.charAt(0) == '0')) {
            return -1;
        }
        return Integer.parseInt(rest);
    }

    /** The revision of the set's current template: {@code <set>-<hash>}, as the ControllerRevision name. */
    public static String revision(StatefulSet set) {
        byte[] json = Serialization.asJson(set.getSpec().getTemplate()).getBytes(StandardCharsets.UTF_8);
        long h = 0xcbf29ce484222325L;
        for (byte b : json) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return set.getMetadata().getName() + "-" + Long.toHexString(h & 0xffffffffffL);
    }

    /** The revision label of {@code pod}, or null. */
    public static String revisionOf(Pod pod) {
        return pod.getMetadata().getLabels() == null ? null : pod.getMetadata().getLabels().get(REVISION_LABEL);
    }

    /** The claim name of template {@code template} for {@code ordinal}: {@code <template>-<set>-<ordinal>}. */
    public static String claimName(StatefulSet set, String template, int ordinal) {
        return template + "-" + set.getMetadata().getName() + "-" + ordinal;
    }

    /** The claims the pod of {@code ordinal} mounts, one per volumeClaimTemplate, labelled with the set's selector. */
    public static List<PersistentVolumeClaim> claims(StatefulSet set, int ordinal) {
        List<PersistentVolumeClaim> out = new ArrayList<>();
        if (set.getSpec().getVolumeClaimTemplates() == null) {
            return out;
        }
        Map<String, String> selector = set.getSpec().getSelector() == null
                || set.getSpec().getSelector().getMatchLabels() == null ? Map.of()
                : set.getSpec().getSelector().getMatchLabels();
        for (PersistentVolumeClaim t : set.getSpec().getVolumeClaimTemplates()) {
            out.add(new PersistentVolumeClaimBuilder(t)
                    .withNewMetadata()
                        .withName(claimName(set, t.getMetadata().getName(), ordinal))
                        .withNamespace(set.getMetadata().getNamespace())
                        .withLabels(t.getMetadata().getLabels())
                        .addToLabels(selector)
                        .withAnnotations(t.getMetadata().getAnnotations())
                    .endMetadata()
                    .withStatus(null)
                    .build());
        }
        return out;
    }

    /**
     * The pod of {@code ordinal} at {@code revision}: hostname = pod name, subdomain = serviceName, identity labels,
     * a controller reference, and one volume per claim template replacing any template volume of that name.
     */
    public static Pod newPod(StatefulSet set, int ordinal, String revision) {
        var template = set.getSpec().getTemplate();
        String name = set.getMetadata().getName() + "-" + ordinal;
        Map<String, String> labels = new HashMap<>();
        if (template.getMetadata() != null && template.getMetadata().getLabels() != null) {
            labels.putAll(template.getMetadata().getLabels());
        }
        labels.put(POD_NAME_LABEL, name);
        labels.put(POD_INDEX_LABEL, Integer.toString(ordinal));
        labels.put(REVISION_LABEL, revision);
        List<Volume> volumes = new ArrayList<>();
        List<String> claimed = set.getSpec().getVolumeClaimTemplates() == null ? List.of()
                : set.getSpec().getVolumeClaimTemplates().stream().map(t -> t.getMetadata().getName()).toList();
        if (template.getSpec().getVolumes() != null) {
            template.getSpec().getVolumes().stream().filter(v -> !claimed.contains(v.getName())).forEach(volumes::add);
        }
        for (String t : claimed) {
            volumes.add(new VolumeBuilder().withName(t).withNewPersistentVolumeClaim()
                    .withClaimName(claimName(set, t, ordinal)).endPersistentVolumeClaim().build());
        }
        return new PodBuilder()
                .withNewMetadata()
                    .withName(name)
                    .withNamespace(set.getMetadata().getNamespace())
                    .withLabels(labels)
                    .withAnnotations(template.getMetadata() == null ? null : template.getMetadata().getAnnotations())
                    .withOwnerReferences(OwnerReferences.newControllerRef(set))
                .endMetadata()
                .withSpec(template.getSpec())
                .editSpec()
                    .withHostname(name)
                    .withSubdomain(set.getSpec().getServiceName())
                    .withVolumes(volumes)
                .endSpec()
                .build();
    }
}
