package io.j8s.apiserver.registry.core.podtemplate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.validation.FieldPath;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.core.Defaulting;
import io.j8s.apiserver.registry.core.pod.PodSpecDefaults;
import io.j8s.apiserver.registry.core.pod.PodSpecValidation;
import java.util.List;

/** PodTemplates, as Kubernetes' {@code podTemplateStrategy}: the template defaulted and validated like a pod's. */
public final class PodTemplateStrategy implements Strategy {

    @Override
    public void applyDefaults(ObjectNode obj) {
        ObjectNode template = Defaulting.object(obj, "template");
        ObjectNode spec = template == null ? null : Defaulting.object(template, "spec");
        if (spec != null) {
            PodSpecDefaults.apply(spec);
        }
    }

    @Override
    public List<FieldError> validate(ObjectNode obj) {
        return PodSpecValidation.validateTemplate(obj.path("template"), FieldPath.root("template"));
    }
}
