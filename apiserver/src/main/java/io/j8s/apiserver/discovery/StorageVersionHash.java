package io.j8s.apiserver.discovery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The {@code storageVersionHash} of discovery: base64 of the first 8 bytes of the SHA-256 of
 * {@code group/version/kind} of the storage version, as {@code discovery.StorageVersionHash} computes
 * it. Clients (the storage migrator) compare it, never decode it.
 */
final class StorageVersionHash {

    private StorageVersionHash() {}

    static String of(String group, String version, String kind) {
        byte[] sum = sha256((group + "/" + version + "/" + kind).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(Arrays.copyOf(sum, 8));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
