package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apimachinery.api.ApiException;
import io.j8s.apimachinery.json.Json;
import io.j8s.apiserver.registry.RequestOptions;
import io.j8s.apiserver.registry.ResourceDefinition;
import io.j8s.storage.CompactedException;
import io.j8s.storage.KeyValue;
import io.j8s.storage.RangeRequest;
import io.j8s.storage.RangeResult;
import io.j8s.storage.Store;

/**
 * Lists objects from the store with Kubernetes' resourceVersion semantics (unset: the latest;
 * {@code 0}: any; explicit: not older than, or exactly with {@code resourceVersionMatch=Exact}) and
 * paging: every page of one list is read at the first page's revision.
 */
final class ObjectLister {

    private final ResourceDefinition definition;
    private final Store store;
    private final ObjectCodec codec;

    ObjectLister(ResourceDefinition definition, Store store, ObjectCodec codec) {
        this.definition = definition;
        this.store = store;
        this.codec = codec;
    }

    ObjectNode list(String namespace, RequestOptions.ListOptions o, Selection selection) {
        String prefix = definition.prefix(namespace);
        long limit = Math.max(0, o.limit());
        long readAt;
        String startAfter = null;
        boolean fromToken = o.continueToken() != null && !o.continueToken().isEmpty();
        if (fromToken) {
            if (o.resourceVersion() != null && !o.resourceVersion().isEmpty() && !o.resourceVersion().equals("0")) {
                throw ApiException.badRequest("specifying resource version is not allowed when using continue");
            }
            ContinueToken token = ContinueToken.decode(o.continueToken());
            if (token.revision() < store.compactedRevision()) {
                throw ResourceVersions.continueTooOld();
            }
            readAt = token.revision();
            startAfter = prefix + token.lastKey();
        } else {
            readAt = startRevision(o);
        }
        ObjectNode list = Json.object();
        list.put("kind", definition.listKind());
        list.put("apiVersion", definition.apiVersion());
        ObjectNode meta = list.putObject("metadata");
        ArrayNode items = list.putArray("items");
        String lastKey = null;
        boolean more = false;
        long remaining = 0;
        long revision = readAt;
        while (true) {
            int pageSize = limit == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, Math.max(limit - items.size(), selection.isEverything() ? 0 : 64));
            RangeResult page = range(new RangeRequest(prefix, startAfter, pageSize, revision), fromToken);
            revision = page.revision();
            int consumed = 0;
            for (KeyValue kv : page.items()) {
                consumed++;
                lastKey = kv.key();
                ObjectNode obj = codec.decode(kv);
                if (selection.matches(obj)) {
                    items.add(obj);
                }
                if (limit > 0 && items.size() >= limit) {
                    break;
                }
            }
            boolean leftInPage = consumed < page.items().size();
            if (limit > 0 && items.size() >= limit) {
                more = leftInPage || page.more();
                remaining = (page.items().size() - consumed) + page.remaining();
                break;
            }
            if (!page.more() || page.items().isEmpty()) {
                break;
            }
            startAfter = lastKey;
        }
        meta.put("resourceVersion", Long.toString(revision));
        if (more && lastKey != null) {
            meta.put("continue", new ContinueToken(revision, lastKey.substring(prefix.length())).encode());
            if (selection.isEverything()) {
                meta.put("remainingItemCount", remaining);
            }
        }
        return list;
    }

    /** A list of the cached objects that match, at the cache's revision. */
    ObjectNode fromSnapshot(WatchCache.Snapshot snapshot, Selection selection) {
        ObjectNode list = Json.object();
        list.put("kind", definition.listKind());
        list.put("apiVersion", definition.apiVersion());
        list.putObject("metadata").put("resourceVersion", Long.toString(snapshot.revision()));
        ArrayNode items = list.putArray("items");
        for (WatchCache.Stored stored : snapshot.items()) {
            ObjectNode obj = codec.fromStoredCopy(stored.tree(), stored.modRevision());
            if (selection.matches(obj)) {
                items.add(obj);
            }
        }
        return list;
    }

    /** 0 for the latest revision, else the exact revision asked for. */
    private long startRevision(RequestOptions.ListOptions o) {
        String match = o.resourceVersionMatch();
        boolean rvGiven = o.resourceVersion() != null && !o.resourceVersion().isEmpty();
        if (match != null && !match.isEmpty() && !rvGiven) {
            throw ApiException.badRequest("resourceVersionMatch is forbidden unless resourceVersion is provided");
        }
        long rv = ResourceVersions.parse(o.resourceVersion());
        long current = store.currentRevision();
        if ("Exact".equals(match)) {
            if (rv == 0) {
                throw ApiException.badRequest("resourceVersionMatch \"Exact\" is forbidden for resourceVersion \"0\"");
            }
            if (rv > current) {
                throw ResourceVersions.tooLarge(rv, current);
            }
            return rv;
        }
        if (match != null && !match.isEmpty() && !"NotOlderThan".equals(match)) {
            throw ApiException.badRequest("resourceVersionMatch: Unsupported value: \"" + match
                    + "\": supported values: \"Exact\", \"NotOlderThan\", \"\"");
        }
        if (rv > current) {
            throw ResourceVersions.tooLarge(rv, current);
        }
        return 0;
    }

    private RangeResult range(RangeRequest request, boolean fromToken) {
        try {
            return store.range(request);
        } catch (CompactedException e) {
            throw fromToken ? ResourceVersions.continueTooOld() : ResourceVersions.listTooOld();
        }
    }
}
