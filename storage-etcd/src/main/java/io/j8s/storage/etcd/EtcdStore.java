package io.j8s.storage.etcd;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KV;
import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.kv.TxnResponse;
import io.etcd.jetcd.op.Cmp;
import io.etcd.jetcd.op.CmpTarget;
import io.etcd.jetcd.op.Op;
import io.etcd.jetcd.options.CompactOption;
import io.etcd.jetcd.options.DeleteOption;
import io.etcd.jetcd.options.GetOption;
import io.etcd.jetcd.options.PutOption;
import io.etcd.jetcd.options.WatchOption;
import io.j8s.storage.CompactedException;
import io.j8s.storage.ConflictException;
import io.j8s.storage.DeleteResult;
import io.j8s.storage.KeyExistsException;
import io.j8s.storage.KeyNotFoundException;
import io.j8s.storage.KeyValue;
import io.j8s.storage.RangeRequest;
import io.j8s.storage.RangeResult;
import io.j8s.storage.Store;
import io.j8s.storage.StoreException;
import io.j8s.storage.StoreUnavailableException;
import io.j8s.storage.Watch;
import io.j8s.storage.WatchListener;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link Store} on etcd v3: each operation is one etcd request (a transaction where a guard is
 * needed), revisions are etcd's own, and watches are etcd watches with previous key-values and
 * progress notifications. Thread-safe.
 */
public final class EtcdStore implements Store {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final Client client;
    private final KV kv;
    private final AtomicLong compacted = new AtomicLong();

    private EtcdStore(Client client) {
        this.client = client;
        this.kv = client.getKVClient();
    }

    /** Connects to etcd at these endpoints ({@code http://127.0.0.1:2379,...}); fails fast when none answers. */
    public static EtcdStore connect(List<String> endpoints) {
        Client client = Client.builder().endpoints(endpoints.toArray(String[]::new)).build();
        EtcdStore store = new EtcdStore(client);
        try {
            store.await(store.kv.get(bytes("\0"), GetOption.builder().withCountOnly(true).build()), CONNECT_TIMEOUT);
        } catch (StoreException e) {
            client.close();
            throw new StoreUnavailableException("etcd at " + endpoints + " does not answer", e);
        }
        return store;
    }

    @Override
    public long currentRevision() {
        GetResponse r = await(kv.get(bytes("\0"), GetOption.builder().withCountOnly(true).build()));
        return r.getHeader().getRevision();
    }

    @Override
    public long compactedRevision() {
        return compacted.get();
    }

    @Override
    public Optional<KeyValue> get(String key, long revision) {
        GetOption.Builder option = GetOption.builder();
        if (revision > 0) {
            option.withRevision(revision);
        }
        GetResponse r = await(kv.get(bytes(key), option.build()));
        return r.getKvs().stream().findFirst().map(EtcdStore::keyValue);
    }

    @Override
    public RangeResult range(RangeRequest request) {
        ByteSequence end = prefixEnd(request.prefix());
        ByteSequence start = request.startAfter() == null
                ? bytes(request.prefix())
                : bytes(request.startAfter() + "\0");
        GetOption.Builder option = GetOption.builder().withRange(end);
        if (request.limit() > 0) {
            option.withLimit(request.limit());
        }
        if (request.revision() > 0) {
            option.withRevision(request.revision());
        }
        GetResponse r = await(kv.get(start, option.build()));
        List<KeyValue> items = r.getKvs().stream().map(EtcdStore::keyValue).toList();
        long revision = request.revision() > 0 ? request.revision() : r.getHeader().getRevision();
        return new RangeResult(items, revision, r.isMore(), Math.max(0, r.getCount() - items.size()));
    }

    @Override
    public KeyValue create(String key, byte[] value) {
        ByteSequence k = bytes(key);
        TxnResponse r = await(kv.txn()
                .If(new Cmp(k, Cmp.Op.EQUAL, CmpTarget.createRevision(0)))
                .Then(Op.put(k, ByteSequence.from(value), PutOption.DEFAULT))
                .commit());
        if (!r.isSucceeded()) {
            throw new KeyExistsException(key);
        }
        long rev = r.getHeader().getRevision();
        return new KeyValue(key, value, rev, rev, 1);
    }

    @Override
    public KeyValue update(String key, byte[] value, long expectedModRevision) {
        ByteSequence k = bytes(key);
        Cmp guard = expectedModRevision > 0
                ? new Cmp(k, Cmp.Op.EQUAL, CmpTarget.modRevision(expectedModRevision))
                : new Cmp(k, Cmp.Op.GREATER, CmpTarget.createRevision(0));
        TxnResponse r = await(kv.txn()
                .If(guard)
                .Then(Op.put(k, ByteSequence.from(value), PutOption.builder().withPrevKV().build()))
                .Else(Op.get(k, GetOption.DEFAULT))
                .commit());
        if (!r.isSucceeded()) {
            throw failedGuard(key, expectedModRevision, r);
        }
        io.etcd.jetcd.KeyValue prev = r.getPutResponses().get(0).getPrevKv();
        long rev = r.getHeader().getRevision();
        return new KeyValue(key, value, prev.getCreateRevision(), rev, prev.getVersion() + 1);
    }

    @Override
    public DeleteResult delete(String key, long expectedModRevision) {
        ByteSequence k = bytes(key);
        Cmp guard = expectedModRevision > 0
                ? new Cmp(k, Cmp.Op.EQUAL, CmpTarget.modRevision(expectedModRevision))
                : new Cmp(k, Cmp.Op.GREATER, CmpTarget.createRevision(0));
        TxnResponse r = await(kv.txn()
                .If(guard)
                .Then(Op.delete(k, DeleteOption.builder().withPrevKV(true).build()))
                .Else(Op.get(k, GetOption.DEFAULT))
                .commit());
        if (!r.isSucceeded()) {
            throw failedGuard(key, expectedModRevision, r);
        }
        List<io.etcd.jetcd.KeyValue> prev = r.getDeleteResponses().get(0).getPrevKvs();
        if (prev.isEmpty()) {
            // deleted by someone else between the compare and the delete cannot happen in one txn
            throw new KeyNotFoundException(key);
        }
        return new DeleteResult(keyValue(prev.get(0)), r.getHeader().getRevision());
    }

    private static StoreException failedGuard(String key, long expected, TxnResponse r) {
        List<io.etcd.jetcd.KeyValue> current = r.getGetResponses().get(0).getKvs();
        if (current.isEmpty()) {
            return new KeyNotFoundException(key);
        }
        return new ConflictException(key, expected, current.get(0).getModRevision());
    }

    @Override
    public Watch watch(String prefix, long afterRevision, WatchListener listener) {
        if (afterRevision > 0 && afterRevision < compacted.get()) {
            throw new CompactedException(afterRevision, compacted.get());
        }
        WatchOption.Builder option = WatchOption.builder()
                .withRange(prefixEnd(prefix))
                .withPrevKV(true)
                .withProgressNotify(true);
        if (afterRevision > 0) {
            option.withRevision(afterRevision + 1);
        }
        EtcdWatch watch = new EtcdWatch(listener, this::compactedAt);
        watch.attach(client.getWatchClient().watch(bytes(prefix), option.build(), watch));
        return watch;
    }

    private void compactedAt(long revision) {
        compacted.accumulateAndGet(revision, Math::max);
    }

    @Override
    public void compact(long revision) {
        await(kv.compact(revision, CompactOption.builder().withCompactPhysical(true).build()));
        compactedAt(revision);
    }

    @Override
    public void close() {
        client.close();
    }

    static KeyValue keyValue(io.etcd.jetcd.KeyValue kv) {
        return new KeyValue(kv.getKey().toString(StandardCharsets.UTF_8), kv.getValue().getBytes(),
                kv.getCreateRevision(), kv.getModRevision(), kv.getVersion());
    }

    static ByteSequence bytes(String s) {
        return ByteSequence.from(s, StandardCharsets.UTF_8);
    }

    /** The first key after every key with this prefix: the prefix with its last byte incremented. */
    static ByteSequence prefixEnd(String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
        for (int i = p.length - 1; i >= 0; i--) {
            if (p[i] != (byte) 0xff) {
                byte[] end = Arrays.copyOf(p, i + 1);
                end[i]++;
                return ByteSequence.from(end);
            }
        }
        return ByteSequence.from(new byte[] {0}); // all keys
    }

    private <T> T await(CompletableFuture<T> future) {
        return await(future, REQUEST_TIMEOUT);
    }

    private <T> T await(CompletableFuture<T> future, Duration timeout) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while waiting for etcd", e);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new StoreUnavailableException("etcd did not answer within " + timeout, e);
        } catch (ExecutionException e) {
            throw translate(e.getCause());
        }
    }

    private StoreException translate(Throwable cause) {
        if (cause instanceof io.etcd.jetcd.common.exception.CompactedException c) {
            compactedAt(c.getCompactedRevision());
            return new CompactedException(0, c.getCompactedRevision());
        }
        // reads below the compacted revision fail with OUT_OF_RANGE, worded by etcd's mvcc layer
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("required revision has been compacted")) {
                return new CompactedException(0, compacted.get());
            }
        }
        return new StoreUnavailableException("etcd: " + cause.getMessage(), cause);
    }
}
