package dev.codatsandbox.edge;

import java.util.Locale;

/**
 * Reads an {@code Accept} header as RFC 9110 (section 12.5.1) defines it, for the one question this API asks: may
 * the answer be {@code application/json}? The most specific range that matches JSON decides ({@code application/json}
 * over {@code application/*} over {@code *}{@code /*}), and a weight of {@code q=0} means "not acceptable". No header,
 * an empty one, or one that cannot be parsed accepts anything, as a missing header does.
 */
final class MediaRanges {

    private MediaRanges() {
    }

    static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        int bestSpecificity = -1;
        double bestWeight = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            if (type.isEmpty()) {
                continue;
            }
            int specificity = switch (type) {
                case "application/json" -> 2;
                case "application/*" -> 1;
                case "*/*" -> 0;
                default -> -1;
            };
            if (!type.contains("/")) {
                return true;
            }
            if (specificity < 0) {
                continue;
            }
            Double weight = weight(parts);
            if (weight == null) {
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

    /** The range's {@code q} weight (1 when absent), or null when it is not a number from 0 to 1. */
    private static Double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2).trim());
                    return q >= 0 && q <= 1 ? q : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return 1.0;
    }
}
