package io.j8s.apiserver.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One entry of an {@code Accept} header: {@code type/subtype} with its parameters, such as
 * {@code application/json;as=Table;v=v1;g=meta.k8s.io}.
 *
 * @param type the lower-cased type, {@code *} for any
 * @param subtype the lower-cased subtype, {@code *} for any
 * @param params the parameters other than {@code q}, names lower-cased, values as sent
 * @param quality the {@code q} weight, 1 when absent
 */
record MediaRange(String type, String subtype, Map<String, String> params, double quality) {

    /** The ranges of an Accept header, best first (by {@code q}, then in the order sent); empty or absent means {@code * / *}. */
    static List<MediaRange> parseAccept(String header) {
        List<MediaRange> ranges = new ArrayList<>();
        if (header != null) {
            for (String part : header.split(",")) {
                MediaRange r = parse(part);
                if (r != null && r.quality > 0) {
                    ranges.add(r);
                }
            }
        }
        if (ranges.isEmpty()) {
            ranges.add(new MediaRange("*", "*", Map.of(), 1));
        }
        ranges.sort(Comparator.comparingDouble(MediaRange::quality).reversed());
        return List.copyOf(ranges);
    }

    /** One media type or range, or null if it is malformed. */
    static MediaRange parse(String text) {
        String[] pieces = text.split(";");
        String mediaType = pieces[0].trim().toLowerCase(Locale.ROOT);
        int slash = mediaType.indexOf('/');
        if (slash <= 0 || slash == mediaType.length() - 1) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        double q = 1;
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i].trim();
            int eq = p.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = p.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = p.substring(eq + 1).trim();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (key.equals("q")) {
                try {
                    q = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    q = 0;
                }
            } else {
                params.put(key, value);
            }
        }
        return new MediaRange(mediaType.substring(0, slash), mediaType.substring(slash + 1), Map.copyOf(params), q);
    }

    /** Whether this range admits {@code type/subtype}, wildcards included. */
    boolean matches(String mediaType) {
        int slash = mediaType.indexOf('/');
        String t = mediaType.substring(0, slash);
        String s = mediaType.substring(slash + 1);
        return (type.equals("*") || type.equals(t)) && (subtype.equals("*") || subtype.equals(s));
    }

    String param(String name) {
        return params.get(name);
    }
}
