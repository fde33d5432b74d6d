package io.j8s.apiserver.registry.generic;

import io.j8s.apiserver.admission.AdmissionChain;
import io.j8s.apiserver.admission.UserInfo;
import io.j8s.storage.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.random.RandomGenerator;

/**
 * What every resource's registry shares.
 *
 * @param store where objects live
 * @param clock the time source of timestamps
 * @param random names for generateName and uids
 * @param admission the admission chain writes pass through
 * @param timers runs watch timeouts and bookmarks
 * @param bookmarkInterval how often a watch that allows bookmarks gets one
 * @param user who makes requests, until authentication passes the real user in
 */
public record RegistryContext(Store store, Clock clock, RandomGenerator random, AdmissionChain admission,
                              ScheduledExecutorService timers, Duration bookmarkInterval, UserInfo user) {}
