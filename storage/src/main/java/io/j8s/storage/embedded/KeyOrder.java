package io.j8s.storage.embedded;

import java.util.Comparator;

/**
 * Orders keys as etcd does, by their UTF-8 bytes. UTF-8 byte order is code point order, which
 * differs from {@link String#compareTo} only for surrogates, so those are moved above the rest of
 * the basic plane instead of encoding every key.
 */
final class KeyOrder implements Comparator<String> {

    @Override
    public int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return codePointRank(x) - codePointRank(y);
            }
        }
        return a.length() - b.length();
    }

    private static int codePointRank(char c) {
        if (c < 0xD800) {
            return c;
        }
        return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }
}
