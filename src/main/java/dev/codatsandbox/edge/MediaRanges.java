package dev.codatsandbox.edge;

import jakarta.ws.rs.core.MediaType;

/**
 * Reads an {@code Accept} header as RFC 9110 (section 12.5.1) defines it, for the one question this API asks: may
 * the answer be {@code application/json} (or, for a download, {@code application/octet-stream})? The most specific
 * range that matches JSON decides ({@code application/json} over {@code application/*} over {@code *}{@code /*}), and a
 * weight of {@code q=0} means "not acceptable". No header, an empty one, or one that cannot be parsed accepts anything,
 * as a missing header does.
 *
 * <p>Each range is parsed by the framework ({@link MediaType#valueOf}, Jakarta REST's documented parser, which
 * answers {@link IllegalArgumentException} for what it cannot read) rather than by hand: only the split into ranges
 * at commas outside quoted strings, and the choice among them, are done here. The headers almost every client sends
 * ({@code application/json}, {@code *}{@code /*}, none) are answered before any parsing, as this runs on every
 * request.
 */
final class MediaRanges {

    private static final String JSON = "application/json";
    private static final String ANY = "*/*";
    private static final String ANY_APPLICATION = "application/*";

    private MediaRanges() {
    }

    static boolean acceptsJson(String accept) {
        return accepts(accept, JSON);
    }

    /** Whether the answer may be of this {@code application/...} media type (the question asked of a download). */
    static boolean accepts(String accept, String mediaType) {
        if (accept == null || accept.isBlank() || accept.equalsIgnoreCase(mediaType) || accept.equals(ANY)
                || accept.equalsIgnoreCase(ANY_APPLICATION)) {
            return true;
        }
        String subtype = mediaType.substring(mediaType.indexOf('/') + 1);
        int bestSpecificity = -1;
        double bestWeight = 0;
        int start = 0;
        while (start <= accept.length()) {
            int end = endOfRange(accept, start);
            String range = accept.substring(start, end).strip();
            start = end + 1;
            if (range.isEmpty()) {
                continue;
            }
            MediaType type;
            try {
                type = MediaType.valueOf(range);
            } catch (IllegalArgumentException e) {
                return true;
            }
            int specificity = specificity(type, subtype);
            if (specificity < 0) {
                continue;
            }
            double weight = weight(type);
            if (Double.isNaN(weight)) {
                return true;
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                bestWeight = weight;
            } else if (specificity == bestSpecificity) {
                bestWeight = Math.max(bestWeight, weight);
            }
        }
        return bestSpecificity >= 0 && bestWeight > 0;
    }

    /** Where the range starting at {@code start} ends: the next comma outside a quoted string, or the end. */
    private static int endOfRange(String accept, int start) {
        boolean quoted = false;
        for (int i = start; i < accept.length(); i++) {
            char c = accept.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted) {
                i++;
            } else if (c == ',' && !quoted) {
                return i;
            }
        }
        return accept.length();
    }

    /**
     * 2 for {@code application/<subtype>}, 1 for {@code application/*}, 0 for {@code *}{@code /*}, -1 for the rest.
     */
    private static int specificity(MediaType type, String subtype) {
        if (type.isWildcardType()) {
            return type.isWildcardSubtype() ? 0 : -1;
        }
        if (!type.getType().equalsIgnoreCase("application")) {
            return -1;
        }
        return type.isWildcardSubtype() ? 1 : type.getSubtype().equalsIgnoreCase(subtype) ? 2 : -1;
    }

    /** The range's {@code q} weight (1 when absent), or NaN when it is not a number from 0 to 1. */
    private static double weight(MediaType type) {
        String q = type.getParameters().get("q");
        if (q == null) {
            return 1;
        }
        try {
            double weight = Double.parseDouble(q.strip());
            return weight >= 0 && weight <= 1 ? weight : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
