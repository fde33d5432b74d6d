package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.api.FieldError;
import io.j8s.apiserver.admission.AdmissionAttributes;
import io.j8s.apiserver.admission.AdmissionOperation;
import io.j8s.apiserver.registry.PatchType;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceDefinition;
import io.j8s.apiserver.registry.ResourceRegistry;
import io.j8s.apiserver.registry.Strategy;
import io.j8s.apiserver.registry.WatchSink;
import io.j8s.storage.ConflictException;
import io.j8s.storage.KeyExistsException;
import io.j8s.storage.KeyNotFoundException;
import io.j8s.storage.KeyValue;
import io.j8s.storage.Store;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * One resource at one version over the store, as Kubernetes' generic registry {@code Store} does it:
 * system metadata, compare-and-swap updates retried on conflict ({@code GuaranteedUpdate}), the
 * status split, finalizers and graceful deletion. Resource rules come from the {@link Strategy},
 * resource-specific side effects from the {@link ResourceHooks}. Thread-safe.
 */
public final class StoreResourceRegistry implements ResourceRegistry {

    private static final int MAX_ATTEMPTS = 16;
    private static final int GENERATE_NAME_ATTEMPTS = 8;
    private static final String NAME_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    /** Kinds whose clients send status on create and expect it kept, as Kubernetes' strategies do. */
    private static final Set<String> KEEP_STATUS_ON_CREATE = Set.of("nodes");

    private final ResourceDefinition definition;
    private final Strategy strategy;
    private final ResourceHooks hooks;
    private final RegistryContext context;
    private final Store store;
    private final ObjectCodec codec;
    private final Patcher patcher;
    private final Set<String> selectableFields;
    private final ObjectLister lister;
    private final WatchCache cache;
    private final WriteChecks checks;

    public StoreResourceRegistry(ResourceDefinition definition, Strategy strategy, ResourceHooks hooks, RegistryContext context) {
        this(definition, strategy, hooks, context, null);
    }

    /** @param cache the watch cache of the resource's key space, or null to serve every watch from the store */
    StoreResourceRegistry(ResourceDefinition definition, Strategy strategy, ResourceHooks hooks, RegistryContext context,
                          WatchCache cache) {
        this.cache = cache;
        this.definition = definition;
        this.strategy = strategy;
        this.hooks = hooks;
        this.context = context;
        this.store = context.store();
        this.codec = new ObjectCodec(definition);
        this.patcher = new Patcher(definition.modelClass());
        this.checks = new WriteChecks(definition, strategy);
        Set<String> fields = new HashSet<>(strategy.selectableFields(skeleton()).keySet());
        fields.add("metadata.name");
        fields.add("metadata.namespace");
        this.selectableFields = Set.copyOf(fields);
        this.lister = new ObjectLister(definition, store, codec);
    }

    @Override
    public ResourceDefinition definition() {
        return definition;
    }

    RegistryContext context() {
        return context;
    }

    // ---- read ---------------------------------------------------------------------------------

    @Override
    public ObjectNode get(String namespace, String name, RequestOptions.Get options) {
        long rv = ResourceVersions.parse(options == null ? null : options.resourceVersion());
        long current = store.currentRevision();
        if (rv > current) {
            throw ResourceVersions.tooLarge(rv, current);
        }
        return read(namespace, name).object();
    }

    @Override
    public ObjectNode list(String namespace, RequestOptions.ListOptions options) {
        Selection selection = selection(options);
        boolean anyVersion = "0".equals(options.resourceVersion())
                && (options.continueToken() == null || options.continueToken().isEmpty())
                && !"Exact".equals(options.resourceVersionMatch());
        if (cache != null && anyVersion) {
            // resourceVersion=0 means "any version": Kubernetes serves it from the watch cache, limit ignored
            WatchCache.Snapshot snapshot = cache.snapshot(definition.prefix(namespace));
            if (snapshot != null) {
                return lister.fromSnapshot(snapshot, selection);
            }
        }
        return lister.list(namespace, options, selection);
    }

    @Override
    public AutoCloseable watch(String namespace, RequestOptions.ListOptions options, WatchSink sink) {
        Selection selection = selection(options);
        if (Boolean.TRUE.equals(options.sendInitialEvents()) && !options.allowWatchBookmarks()) {
            throw ApiException.invalid("ListOptions", "meta.k8s.io", "",
                    List.of(FieldError.forbidden("allowWatchBookmarks",
                            "sendInitialEvents requires setting allowWatchBookmarks to true")));
        }
        long rv = ResourceVersions.parse(options.resourceVersion());
        boolean initialState = options.sendInitialEvents() != null ? options.sendInitialEvents() : rv == 0;
        boolean consistent = options.resourceVersion() == null || options.resourceVersion().isEmpty();
        // an unset resourceVersion asks for the latest state, which only the store is sure to have
        if (cache != null && !(initialState && consistent)) {
            CacheWatcher watcher = new CacheWatcher(definition, context, codec, selection, options, sink,
                    definition.prefix(namespace));
            if (watcher.start(cache, rv, initialState)) {
                return watcher;
            }
        }
        StoreWatcher watcher = new StoreWatcher(definition, context, codec, selection, options, sink);
        watcher.start(namespace);
        return watcher;
    }

    private Selection selection(RequestOptions.ListOptions options) {
        return Selection.parse(options.labelSelector(), options.fieldSelector(), strategy, selectableFields);
    }

    KeyedObject read(String namespace, String name) {
        KeyValue kv = store.get(key(namespace, name), 0)
                .orElseThrow(() -> ApiException.notFound(definition.groupResource(), name));
        return new KeyedObject(codec.decode(kv), kv);
    }

    Optional<KeyedObject> find(String namespace, String name) {
        return store.get(key(namespace, name), 0).map(kv -> new KeyedObject(codec.decode(kv), kv));
    }

    private String key(String namespace, String name) {
        if (name == null || name.isEmpty()) {
            throw ApiException.badRequest("resource name may not be empty");
        }
        return definition.key(namespace, name);
    }

    // ---- create -------------------------------------------------------------------------------

    @Override
    public ObjectNode create(String namespace, ObjectNode obj, RequestOptions.Write options) {
        RequestOptions.Write opts = options == null ? RequestOptions.Write.defaults() : options;
        checks.checkType(obj);
        checks.checkFields(obj, opts);
        return createChecked(namespace, obj, opts);
    }

    private ObjectNode createChecked(String requestNamespace, ObjectNode obj, RequestOptions.Write opts) {
        ObjectNode meta = Metadata.of(obj);
        checks.setNamespace(requestNamespace, meta);
        String namespace = definition.namespaced() ? Metadata.namespace(obj) : null;
        for (String f : List.of("resourceVersion", "uid", "creationTimestamp", "deletionTimestamp",
                "deletionGracePeriodSeconds", "generation", "selfLink")) {
            meta.remove(f);
        }
        String generateName = Metadata.text(obj, "generateName");
        boolean generated = Metadata.name(obj).isEmpty() && generateName != null && !generateName.isEmpty();
        if (Metadata.name(obj).isEmpty() && !generated) {
            throw invalid(obj, List.of(FieldError.required("metadata.name", "name or generateName is required")));
        }
        if (generated) {
            meta.put("name", generateName(generateName));
        }
        if (definition.hasSubresource("status") && !KEEP_STATUS_ON_CREATE.contains(definition.resource())) {
            obj.remove("status");
        }
        strategy.applyDefaults(obj);
        AdmissionAttributes attributes = attributes(AdmissionOperation.CREATE, null, namespace, obj, null, opts.dryRun());
        context.admission().admit(attributes);
        meta.put("uid", randomUuid());
        meta.put("creationTimestamp", Metadata.timestamp(context.clock().instant()));
        if (obj.has("spec")) {
            meta.put("generation", 1);
        }
        strategy.prepareForCreate(obj);
        if (!generated && !opts.dryRun() && store.get(key(namespace, Metadata.name(obj)), 0).isPresent()) {
            // answer AlreadyExists before hooks reserve anything for an object that cannot be stored
            throw ApiException.alreadyExists(definition.groupResource(), Metadata.name(obj));
        }
        ResourceHooks.Reservation reservation = hooks.beforeCreate(obj, opts.dryRun());
        try {
            List<FieldError> errors = strategy.validate(obj);
            if (!errors.isEmpty()) {
                throw invalid(obj, errors);
            }
            context.admission().validate(attributes);
            ObjectNode created = storeNew(namespace, obj, generated ? generateName : null, opts.dryRun());
            reservation.commit();
            return created;
        } catch (RuntimeException e) {
            reservation.rollback();
            throw e;
        }
    }

    private ObjectNode storeNew(String namespace, ObjectNode obj, String generateName, boolean dryRun) {
        for (int attempt = 1; ; attempt++) {
            String name = Metadata.name(obj);
            String key = key(namespace, name);
            if (dryRun) {
                if (store.get(key, 0).isPresent()) {
                    throw ApiException.alreadyExists(definition.groupResource(), name);
                }
                return obj;
            }
            try {
                return codec.decode(store.create(key, codec.encode(obj)));
            } catch (KeyExistsException e) {
                if (generateName == null || attempt >= GENERATE_NAME_ATTEMPTS) {
                    throw ApiException.alreadyExists(definition.groupResource(), name);
                }
                Metadata.of(obj).put("name", generateName(generateName));
            }
        }
    }

    private String generateName(String prefix) {
        // Kubernetes trims the prefix so the generated name stays within 63 characters
        String base = prefix.length() > 58 ? prefix.substring(0, 58) : prefix;
        StringBuilder name = new StringBuilder(base);
        for (int i = 0; i < 5; i++) {
            name.append(NAME_ALPHABET.charAt(context.random().nextInt(NAME_ALPHABET.length())));
        }
        return name.toString();
    }

    /** A version 4 (random) UUID from the injected random source. */
    private String randomUuid() {
        long msb = (context.random().nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (context.random().nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    // ---- update and patch ---------------------------------------------------------------------

    @Override
    public ObjectNode update(String namespace, String name, ObjectNode obj, RequestOptions.Write options) {
        RequestOptions.Write opts = options == null ? RequestOptions.Write.defaults() : options;
        checks.checkType(obj);
        checks.checkFields(obj, opts);
        return guaranteedUpdate(namespace, name, UpdateMode.MAIN, null, current -> obj.deepCopy(), opts,
                strategy.allowCreateOnUpdate());
    }

    @Override
    public ObjectNode patch(String namespace, String name, PatchType type, byte[] patch, RequestOptions.Write options) {
        return patch(namespace, name, UpdateMode.MAIN, null, type, patch, options);
    }

    ObjectNode patch(String namespace, String name, UpdateMode mode, String subresource, PatchType type, byte[] body,
                     RequestOptions.Write options) {
        RequestOptions.Write opts = options == null ? RequestOptions.Write.defaults() : options;
        JsonNode patch = patcher.parse(type, body);
        boolean[] checked = {false};
        UnaryOperator<ObjectNode> transform = current -> {
            ObjectNode result;
            if (current == null) {
                result = ((ObjectNode) patch).deepCopy();
                Metadata.of(result).put("name", name);
                checks.checkType(result);
            } else {
                result = patcher.apply(type, current, patch);
            }
            if (!checked[0]) {
                checked[0] = true;
                checks.checkFields(result, opts);
            }
            return result;
        };
        return guaranteedUpdate(namespace, name, mode, subresource, transform, opts,
                type == PatchType.APPLY && mode == UpdateMode.MAIN);
    }

    /**
     * Reads the current object, computes the new one and writes it if the object did not change in
     * between, else starts over, as Kubernetes' {@code GuaranteedUpdate}. A resourceVersion in the
     * new object is a precondition: a stale one is 409 Conflict.
     *
     * @param transform the new object from a copy of the current one (null when it does not exist)
     */
    ObjectNode guaranteedUpdate(String namespace, String name, UpdateMode mode, String subresource,
                                UnaryOperator<ObjectNode> transform, RequestOptions.Write opts, boolean allowCreate) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<KeyedObject> found = find(namespace, name);
            if (found.isEmpty()) {
                if (!allowCreate) {
                    throw ApiException.notFound(definition.groupResource(), name);
                }
                ObjectNode obj = transform.apply(null);
                checks.checkName(name, obj);
                String rv = Metadata.text(obj, "resourceVersion");
                if (rv != null && !rv.isEmpty() && !rv.equals("0")) {
                    // a version of an object that is gone cannot be updated into existence
                    throw ApiException.notFound(definition.groupResource(), name);
                }
                try {
                    return createChecked(namespace, obj, opts);
                } catch (ApiException e) {
                    if (e.code() == 409 && "AlreadyExists".equals(e.reason())) {
                        continue;
                    }
                    throw e;
                }
            }
            KeyedObject current = found.get();
            ObjectNode obj = transform.apply(current.object().deepCopy());
            String rv = Metadata.text(obj, "resourceVersion");
            if (rv != null && !rv.isEmpty()) {
                if (!rv.equals(Long.toString(current.modRevision()))) {
                    throw ApiException.conflictModified(definition.groupResource(), name);
                }
            } else if (!strategy.allowUnconditionalUpdate() && mode == UpdateMode.MAIN) {
                throw invalid(obj, List.of(FieldError.invalid("metadata.resourceVersion", new StringBuilder("0x0"),
                        "must be specified for an update")));
            }
            ObjectNode next = prepareUpdate(namespace, name, mode, subresource, obj, current.object(), opts);
            if (MetadataRules.sameStored(next, current.object())) {
                return current.object();
            }
            ResourceHooks.Reservation reservation = mode == UpdateMode.MAIN
                    ? hooks.beforeUpdate(next, current.object(), opts.dryRun())
                    : ResourceHooks.Reservation.NONE;
            try {
                ObjectNode written = writeUpdate(namespace, name, next, current, opts.dryRun());
                reservation.commit();
                return written;
            } catch (ConflictException | KeyNotFoundException e) {
                reservation.rollback();
            } catch (RuntimeException e) {
                reservation.rollback();
                throw e;
            }
        }
        throw ApiException.conflictModified(definition.groupResource(), name);
    }

    private ObjectNode writeUpdate(String namespace, String name, ObjectNode next, KeyedObject current, boolean dryRun) {
        String key = key(namespace, name);
        if (shouldDeleteDuringUpdate(next)) {
            if (!dryRun) {
                store.delete(key, current.modRevision());
                hooks.afterDelete(current.object());
            }
            return next;
        }
        if (dryRun) {
            Metadata.of(next).put("resourceVersion", Long.toString(current.modRevision()));
            return next;
        }
        return codec.decode(store.update(key, codec.encode(next), current.modRevision()));
    }

    /** The last finalizer of an object being deleted is gone: the object goes too. */
    private boolean shouldDeleteDuringUpdate(ObjectNode obj) {
        if (!Metadata.deleting(obj) || Metadata.hasFinalizers(obj)) {
            return false;
        }
        if (isNamespaces()) {
            return obj.path("spec").path("finalizers").isEmpty();
        }
        JsonNode grace = obj.path("metadata").path("deletionGracePeriodSeconds");
        return grace.isNumber() && grace.asLong() == 0;
    }

    private ObjectNode prepareUpdate(String namespace, String name, UpdateMode mode, String subresource, ObjectNode obj,
                                     ObjectNode old, RequestOptions.Write opts) {
        checks.checkType(obj);
        checks.checkName(name, obj);
        ObjectNode meta = Metadata.of(obj);
        checks.setNamespace(namespace, meta);
        String uid = Metadata.uid(obj);
        String oldUid = Metadata.uid(old);
        if (uid != null && !uid.isEmpty() && !uid.equals(oldUid)) {
            throw ApiException.conflict(definition.groupResource(), name,
                    "Precondition failed: UID in precondition: " + uid + ", UID in object meta: " + oldUid);
        }
        ObjectNode next = obj;
        if (mode == UpdateMode.STATUS) {
            next = old.deepCopy();
            setOrRemove(next, "status", obj.get("status"));
            ObjectNode nextMeta = Metadata.of(next);
            if (definition.group().isEmpty()) {
                // core status strategies reset only the spec: the kubelet may touch labels and
                // annotations through pods/status and nodes/status; the other groups keep all
                // metadata, as ResetObjectMetaForStatus does
                setOrRemove(nextMeta, "labels", meta.get("labels"));
                setOrRemove(nextMeta, "annotations", meta.get("annotations"));
            }
            setOrRemove(nextMeta, "resourceVersion", meta.get("resourceVersion"));
        } else if (mode == UpdateMode.MAIN && definition.hasSubresource("status")) {
            setOrRemove(next, "status", old.get("status"));
        }
        ObjectNode nextMeta = Metadata.of(next);
        ObjectNode oldMeta = Metadata.of(old);
        for (String f : List.of("uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation")) {
            setOrRemove(nextMeta, f, oldMeta.get(f));
        }
        nextMeta.remove("selfLink");
        if (mode == UpdateMode.RAW) {
            return next;
        }
        AdmissionAttributes attributes =
                attributes(AdmissionOperation.UPDATE, subresource, namespace, next, old, opts.dryRun());
        context.admission().admit(attributes);
        strategy.applyDefaults(next);
        List<FieldError> errors;
        if (mode == UpdateMode.STATUS) {
            errors = new java.util.ArrayList<>(strategy.validateStatusUpdate(next, old));
        } else {
            strategy.prepareForUpdate(next, old);
            errors = new java.util.ArrayList<>(strategy.validateUpdate(next, old));
            MetadataRules.bumpGeneration(next, old);
        }
        if (Metadata.deleting(old)) {
            errors.addAll(MetadataRules.newFinalizersWhileDeleting(next, old));
        }
        if (!errors.isEmpty()) {
            throw invalid(next, errors);
        }
        context.admission().validate(attributes);
        return next;
    }

    // ---- delete -------------------------------------------------------------------------------

    @Override
    public DeleteOutcome delete(String namespace, String name, RequestOptions.Delete options) {
        RequestOptions.Delete opts = options == null ? RequestOptions.Delete.defaults() : options;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            KeyedObject current = read(namespace, name);
            checkPreconditions(name, current.object(), opts);
            context.admission().validate(attributes(AdmissionOperation.DELETE, null, namespace, null, current.object(), opts.dryRun()));
            try {
                return isNamespaces()
                        ? new NamespaceDeletion(this, context.clock()).delete(namespace, name, current, opts)
                        : new ObjectDeletion(this, context.clock()).delete(namespace, name, current, opts);
            } catch (ConflictException | KeyNotFoundException e) {
                // changed in between: start over with the new state, as Kubernetes does
            }
        }
        throw ApiException.conflictModified(definition.groupResource(), name);
    }

    private void checkPreconditions(String name, ObjectNode obj, RequestOptions.Delete opts) {
        String uid = Metadata.uid(obj);
        if (opts.preconditionUid() != null && !opts.preconditionUid().equals(uid)) {
            throw ApiException.conflict(definition.groupResource(), name,
                    "Precondition failed: UID in precondition: " + opts.preconditionUid() + ", UID in object meta: " + uid);
        }
        String rv = Metadata.text(obj, "resourceVersion");
        if (opts.preconditionResourceVersion() != null && !opts.preconditionResourceVersion().equals(rv)) {
            throw ApiException.conflict(definition.groupResource(), name,
                    "Precondition failed: ResourceVersion in precondition: " + opts.preconditionResourceVersion()
                            + ", ResourceVersion in object meta: " + rv);
        }
    }

    /** Writes a deletion-in-progress state (deletionTimestamp, finalizers) with compare-and-swap. */
    DeleteOutcome keep(String namespace, String name, ObjectNode next, KeyedObject current, boolean dryRun) {
        if (MetadataRules.sameStored(next, current.object())) {
            return new DeleteOutcome(current.object(), false);
        }
        if (dryRun) {
            return new DeleteOutcome(next, false);
        }
        KeyValue kv = store.update(key(namespace, name), codec.encode(next), current.modRevision());
        return new DeleteOutcome(codec.decode(kv), false);
    }

    /** Removes the object from the store with compare-and-swap. */
    DeleteOutcome remove(String namespace, String name, KeyedObject current, boolean dryRun) {
        if (!dryRun) {
            store.delete(key(namespace, name), current.modRevision());
            hooks.afterDelete(current.object());
        }
        return new DeleteOutcome(current.object(), true);
    }

    @Override
    public ObjectNode deleteCollection(String namespace, RequestOptions.ListOptions list, RequestOptions.Delete options) {
        ObjectNode listed = list(namespace, new RequestOptions.ListOptions(list.labelSelector(), list.fieldSelector(),
                0, null, null, null, 0, false, null));
        JsonNode selected = listed.get("items");
        ArrayNode deleted = listed.putArray("items");
        for (JsonNode item : selected) {
            ObjectNode obj = (ObjectNode) item;
            try {
                DeleteOutcome outcome = delete(Metadata.namespace(obj), Metadata.name(obj), options);
                deleted.add(outcome.object());
            } catch (ApiException e) {
                if (e.code() != 404) {
                    throw e;
                }
            }
        }
        return listed;
    }

    // ---- subresources -------------------------------------------------------------------------

    @Override
    public ObjectNode getSubresource(String namespace, String name, String subresource) {
        requireSubresource(subresource);
        return switch (subresource) {
            case "status" -> read(namespace, name).object();
            case "scale" -> ScaleSubresource.toScale(definition, read(namespace, name).object());
            default -> throw notFoundPath();
        };
    }

    @Override
    public ObjectNode updateSubresource(String namespace, String name, String subresource, ObjectNode obj,
                                        RequestOptions.Write options) {
        requireSubresource(subresource);
        RequestOptions.Write opts = options == null ? RequestOptions.Write.defaults() : options;
        return switch (subresource) {
            case "status" -> {
                checks.checkType(obj);
                yield guaranteedUpdate(namespace, name, UpdateMode.STATUS, "status", current -> obj.deepCopy(), opts, false);
            }
            case "scale" -> ScaleSubresource.toScale(definition,
                    guaranteedUpdate(namespace, name, UpdateMode.MAIN, "scale",
                            current -> ScaleSubresource.applyScale(current, obj), opts, false));
            case "finalize" -> {
                checks.checkType(obj);
                yield guaranteedUpdate(namespace, name, UpdateMode.RAW, "finalize",
                        current -> NamespaceDeletion.finalize(current, obj), opts, false);
            }
            default -> throw notFoundPath();
        };
    }

    @Override
    public ObjectNode patchSubresource(String namespace, String name, String subresource, PatchType type, byte[] patch,
                                       RequestOptions.Write options) {
        requireSubresource(subresource);
        return switch (subresource) {
            case "status" -> patch(namespace, name, UpdateMode.STATUS, "status", type, patch, options);
            case "scale" -> patchScale(namespace, name, type, patch, options);
            default -> throw notFoundPath();
        };
    }

    /** A scale patch applies to the current Scale and is retried on conflict unless it names a resourceVersion. */
    private ObjectNode patchScale(String namespace, String name, PatchType type, byte[] body, RequestOptions.Write options) {
        JsonNode patch = patcher.parse(type, body);
        for (int attempt = 0; ; attempt++) {
            ObjectNode scale = ScaleSubresource.toScale(definition, read(namespace, name).object());
            ObjectNode patched = patcher.apply(type, scale, patch);
            boolean ownVersion = !Objects.equals(Metadata.text(patched, "resourceVersion"), Metadata.text(scale, "resourceVersion"));
            try {
                return updateSubresource(namespace, name, "scale", patched, options);
            } catch (ApiException e) {
                if (e.code() != 409 || ownVersion || attempt + 1 >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public ObjectNode createSubresource(String namespace, String name, String subresource, ObjectNode obj,
                                        RequestOptions.Write options) {
        requireSubresource(subresource);
        RequestOptions.Write opts = options == null ? RequestOptions.Write.defaults() : options;
        return switch (subresource) {
            case "binding" -> new PodBinding(this).bind(namespace, name, obj, opts);
            case "eviction" -> {
                RequestOptions.Delete delete = PodBinding.evictionDeleteOptions(obj, opts.dryRun());
                delete(namespace, name, delete);
                yield PodBinding.success(201);
            }
            default -> throw notFoundPath();
        };
    }

    private void requireSubresource(String subresource) {
        if (subresource == null || !definition.hasSubresource(subresource)) {
            throw notFoundPath();
        }
    }

    private static ApiException notFoundPath() {
        return ApiException.of(404, "NotFound", "the server could not find the requested resource", null);
    }

    // ---- shared checks ------------------------------------------------------------------------

    private boolean isNamespaces() {
        return definition.group().isEmpty() && definition.resource().equals("namespaces");
    }

    ApiException invalid(ObjectNode obj, List<FieldError> errors) {
        return checks.invalid(obj, errors);
    }

    private AdmissionAttributes attributes(AdmissionOperation op, String subresource, String namespace, ObjectNode obj,
                                           ObjectNode old, boolean dryRun) {
        String name = obj != null ? Metadata.name(obj) : Metadata.name(old);
        return new AdmissionAttributes(op, definition, subresource, definition.namespaced() ? namespace : null, name,
                obj, old, context.user(), dryRun);
    }

    static void setOrRemove(ObjectNode target, String field, JsonNode value) {
        if (value == null || value.isMissingNode()) {
            target.remove(field);
        } else {
            target.set(field, value.deepCopy());
        }
    }

    private ObjectNode skeleton() {
        ObjectNode obj = io.j8s.apimachinery.json.Json.object();
        obj.put("apiVersion", definition.apiVersion());
        obj.put("kind", definition.kind());
        obj.putObject("metadata");
        return obj;
    }
}
