/**
 * The small base every j8s controller stands on, in the shape of Kubernetes' {@code pkg/controller}:
 * shared informers (list+watch caches) feed a rate-limited {@link io.j8s.controllers.base.WorkQueue} of
 * {@code namespace/name} keys, and workers call an idempotent {@link io.j8s.controllers.base.Controller#sync}.
 *
 * <h2>Writing a controller</h2>
 * <ol>
 *   <li>Implement {@link io.j8s.controllers.base.Controller}; take a
 *       {@link io.j8s.controllers.base.ControllerContext} in the constructor.</li>
 *   <li>In the constructor, create your queue with {@code ctx.newQueue(name)} and wire handlers on the shared
 *       informers: {@code ctx.informers().informer(Job.class).addEventHandler(KeyHandlers.enqueue(queue))} for
 *       the primary resource and {@code KeyHandlers.enqueueController(queue, "Job")} for owned pods. Read through
 *       {@code ctx.informers().lister(Pod.class)}; never list from the API in {@code sync}.</li>
 *   <li>{@code sync(key)}: read the object from the lister (absent means deleted), compare desired with
 *       observed, write through {@code ctx.client()}. Throw to retry with backoff; return normally to forget the
 *       key's backoff. Use {@code queue().addAfter(key, d)} for time-based requeues (minReadySeconds, deadlines).</li>
 *   <li>Guard creates/deletes with {@link io.j8s.controllers.base.ControllerExpectations} so a sync does not act
 *       again before the informer has seen its own writes; claim pods with
 *       {@link io.j8s.controllers.base.ControllerRefManager}; record Events with {@code ctx.events()}.</li>
 *   <li>Add one line to {@code ControllerManager#controllers()}.</li>
 * </ol>
 * Depends on the fabric8 client and model only; controllers talk to the API server over HTTP, never in-process.
 */
package io.j8s.controllers.base;
