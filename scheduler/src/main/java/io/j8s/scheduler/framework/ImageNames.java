package io.j8s.scheduler.framework;

/** Normalizes image references so {@code nginx} and {@code nginx:latest} compare equal. */
public final class ImageNames {

    private ImageNames() {
    }

    public static String normalize(String image) {
        int slash = image.lastIndexOf('/');
        String last = image.substring(slash + 1);
        if (last.contains(":") || last.contains("@")) {
            return image;
        }
        return image + ":latest";
    }
}
