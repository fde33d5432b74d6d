package io.j8s.apiserver.registry.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.registry.BuiltinResources;
import io.j8s.apiserver.registry.Strategies;
import io.j8s.apiserver.registry.Strategy;
import java.util.List;

/** A core/v1 resource's full strategy, driven as the registry drives it on create and update. */
public record StrategyFixture(Strategy strategy) {

    public static StrategyFixture of(String resource) {
        return new StrategyFixture(Strategies.forResource(BuiltinResources.all().stream()
                .filter(d -> d.group().isEmpty() && d.resource().equals(resource)).findFirst().orElseThrow()));
    }

    /** The wire tree of a fabric8 object after defaulting and create preparation. */
    public ObjectNode created(Object model) {
        ObjectNode obj = Json.toTree(model);
        strategy.applyDefaults(obj);
        strategy.prepareForCreate(obj);
        return obj;
    }

    /** The messages of validating a new object. */
    public List<String> errors(Object model) {
        return messages(strategy.validate(created(model)));
    }

    /** The messages of an update from {@code old} to {@code model}, both defaulted. */
    public List<String> updateErrors(Object model, ObjectNode old) {
        ObjectNode obj = Json.toTree(model);
        strategy.applyDefaults(obj);
        strategy.prepareForUpdate(obj, old);
        return messages(strategy.validateUpdate(obj, old));
    }

    public static List<String> messages(List<FieldError> errors) {
        return errors.stream().map(FieldError::message).toList();
    }
}
