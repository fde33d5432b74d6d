package io.j8s.storage;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** A watch listener for tests: keeps every event and how the watch ended, and waits for them. */
public final class RecordingListener implements WatchListener {

    private final CopyOnWriteArrayList<WatchEvent> events = new CopyOnWriteArrayList<>();
    private final AtomicReference<Throwable> closedWith = new AtomicReference<>();
    private volatile boolean closed;
    private volatile long progress;

    @Override
    public void onEvent(WatchEvent event) {
        events.add(event);
    }

    @Override
    public void onProgress(long revision) {
        progress = revision;
    }

    @Override
    public void onClosed(Throwable cause) {
        closedWith.set(cause);
        closed = true;
    }

    public List<WatchEvent> events() {
        return List.copyOf(events);
    }

    public List<Long> revisions() {
        return events.stream().map(WatchEvent::revision).toList();
    }

    public boolean closed() {
        return closed;
    }

    public Throwable closedWith() {
        return closedWith.get();
    }

    public long progress() {
        return progress;
    }

    /** Waits until at least {@code count} events arrived and returns them. */
    public List<WatchEvent> awaitEvents(int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> events.size() >= count);
        return events();
    }

    /** Waits until an event with this revision (or a later one) arrived. */
    public List<WatchEvent> awaitRevision(long revision) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !events.isEmpty() && events.get(events.size() - 1).revision() >= revision);
        return events();
    }

    public void awaitClosed() {
        await().atMost(Duration.ofSeconds(20)).until(() -> closed);
    }
}
