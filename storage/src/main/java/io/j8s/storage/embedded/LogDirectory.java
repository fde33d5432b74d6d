package io.j8s.storage.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a durable store and their names: log segments {@code wal-<number>.log}, snapshots
 * {@code snap-<revision>.snap}, and leftovers of interrupted work ({@code .tmp}, {@code .prealloc}).
 * Names sort in numeric order.
 */
record LogDirectory(Path dir) {

    static final String SEGMENT = ".log";
    static final String SNAPSHOT = ".snap";

    Path segment(long number) {
        return dir.resolve(String.format("wal-%016d%s", number, SEGMENT));
    }

    Path snapshot(long revision) {
        return dir.resolve(String.format("snap-%016x%s", revision, SNAPSHOT));
    }

    static long segmentNumber(Path segment) {
        String name = segment.getFileName().toString();
        return Long.parseLong(name.substring("wal-".length(), name.length() - SEGMENT.length()));
    }

    /** The files whose names end with {@code suffix}, in name order. */
    List<Path> list(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Makes created, renamed and deleted names durable. */
    void sync() throws IOException {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        }
    }
}
