package io.j8s.storage.embedded;

import java.util.concurrent.CompletableFuture;

/**
 * A write waiting for the commit thread, with the future its caller waits on. The commit thread
 * checks the guard, assigns the revision, logs it and completes the future once the batch is durable.
 */
sealed interface Mutation {

    CompletableFuture<Object> done();

    record Create(String key, byte[] value, CompletableFuture<Object> done) implements Mutation {}

    record Update(String key, byte[] value, long expectedModRevision, CompletableFuture<Object> done)
            implements Mutation {}

    record Delete(String key, long expectedModRevision, CompletableFuture<Object> done) implements Mutation {}

    record Compact(long revision, CompletableFuture<Object> done) implements Mutation {}

    /** Stops the commit thread once every earlier write is durable. */
    record Stop(CompletableFuture<Object> done) implements Mutation {}
}
