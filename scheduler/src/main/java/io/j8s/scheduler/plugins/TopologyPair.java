package io.j8s.scheduler.plugins;

/** A topology domain: a node label key and one of its values, such as zone=a. */
record TopologyPair(String key, String value) {
}
