package io.j8s.controllers.job;

import java.util.BitSet;

/** The {@code status.completedIndexes} format: sorted, comma-separated indexes and ranges ({@code "1,3-5"}). */
final class CompletedIndexes {

    private CompletedIndexes() {
    }

    static BitSet parse(String text) {
        BitSet set = new BitSet();
        if (text == null || text.isBlank()) {
            return set;
        }
        for (String part : text.split(",")) {
            int dash = part.indexOf('-');
            if (dash < 0) {
                set.set(Integer.parseInt(part.trim()));
            } else {
                set.set(Integer.parseInt(part.substring(0, dash).trim()), Integer.parseInt(part.substring(dash + 1).trim()) + 1);
            }
        }
        return set;
    }

    static String format(BitSet set) {
        StringBuilder out = new StringBuilder();
        for (int start = set.nextSetBit(0); start >= 0; ) {
            int end = set.nextClearBit(start) - 1;
            if (!out.isEmpty()) {
                out.append(',');
            }
            out.append(start);
            if (end > start) {
                out.append('-').append(end);
            }
            start = set.nextSetBit(end + 1);
        }
        return out.toString();
    }
}
