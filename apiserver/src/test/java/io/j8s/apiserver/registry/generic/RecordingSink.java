package io.j8s.apiserver.registry.generic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.j8s.apiserver.registry.WatchSink;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A watch sink that remembers what it got. */
final class RecordingSink implements WatchSink {

    record Event(String type, ObjectNode object) {
        String name() {
            return object.path("metadata").path("name").asText();
        }

        String summary() {
            return type + " " + name();
        }
    }

    final List<Event> events = new CopyOnWriteArrayList<>();
    volatile boolean closed;

    @Override
    public boolean send(String type, ObjectNode object) {
        events.add(new Event(type, object));
        return true;
    }

    @Override
    public void close() {
        closed = true;
    }

    List<String> summaries() {
        return events.stream().filter(e -> !e.type().equals("BOOKMARK")).map(Event::summary).toList();
    }
}
