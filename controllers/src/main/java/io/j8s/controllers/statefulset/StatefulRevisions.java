package io.j8s.controllers.statefulset;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.ControllerRevisionBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.j8s.controllers.base.OwnerReferences;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * ControllerRevisions of a StatefulSet, as Kubernetes' {@code history}: each holds the pod template as
 * {@code data.spec.template} under the revision's name, so pods below the partition can be recreated at the
 * current revision.
 */
public final class StatefulRevisions {

    private StatefulRevisions() {
    }

    /** A new ControllerRevision for {@code set}'s current template, numbered {@code number}. */
    public static ControllerRevision of(StatefulSet set, String name, long number) {
        Map<String, Object> data = Map.of("spec", Map.of("template",
                Serialization.unmarshal(Serialization.asJson(set.getSpec().getTemplate()), Map.class)));
        return new ControllerRevisionBuilder()
                .withNewMetadata()
                    .withName(name)
                    .withNamespace(set.getMetadata().getNamespace())
                    .withLabels(set.getSpec().getTemplate().getMetadata() == null ? null
                            : set.getSpec().getTemplate().getMetadata().getLabels())
                    .withOwnerReferences(OwnerReferences.newControllerRef(set))
                .endMetadata()
                .withData(data)
                .withRevision(number)
                .build();
    }

    /** The highest revision number among {@code revisions}, 0 when none. */
    public static long maxRevision(Collection<ControllerRevision> revisions) {
        return revisions.stream().mapToLong(r -> r.getRevision() == null ? 0 : r.getRevision()).max().orElse(0);
    }

    /** {@code set} with the template stored in {@code revision}, if it holds one. */
    public static Optional<StatefulSet> apply(StatefulSet set, ControllerRevision revision) {
        if (revision.getData() == null) {
            return Optional.empty();
        }
        // the client may decode data as a map or as a generic resource: go through JSON either way
        Object decoded = Serialization.unmarshal(Serialization.asJson(revision.getData()), Map.class);
        if (!(decoded instanceof Map<?, ?> data) || !(data.get("spec") instanceof Map<?, ?> spec)
                || spec.get("template") == null) {
            return Optional.empty();
        }
        PodTemplateSpec template = Serialization.unmarshal(Serialization.asJson(spec.get("template")),
                PodTemplateSpec.class);
        return Optional.of(new StatefulSetBuilder(set).editSpec().withTemplate(template).endSpec().build());
    }
}
