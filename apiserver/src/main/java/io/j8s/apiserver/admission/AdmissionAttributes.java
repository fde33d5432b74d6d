package io.j8s.apiserver.admission;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.ResourceDefinition;

/**
 * What an admission plugin is asked about.
 *
 * @param operation create, update, delete or connect
 * @param definition the resource written
 * @param subresource the subresource written ({@code status}, {@code binding}...), or null
 * @param namespace the namespace of the request, or null for cluster-scoped resources
 * @param name the object's name (may be empty on create with generateName)
 * @param object the new object (mutating plugins may change it), null on delete
 * @param oldObject the object before the write, null on create
 * @param user who makes the request
 * @param dryRun whether the write will not be stored
 */
public record AdmissionAttributes(AdmissionOperation operation, ResourceDefinition definition, String subresource,
                                  String namespace, String name, ObjectNode object, ObjectNode oldObject,
                                  UserInfo user, boolean dryRun) {}
