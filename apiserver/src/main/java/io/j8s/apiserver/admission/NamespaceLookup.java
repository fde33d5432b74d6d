package io.j8s.apiserver.admission;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Reads a namespace object by name, as the lifecycle plugin's informer would. */
@FunctionalInterface
public interface NamespaceLookup {

    Optional<ObjectNode> find(String name);
}
