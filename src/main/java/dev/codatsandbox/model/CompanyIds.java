package dev.codatsandbox.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules for company ids: which ids are usable in a URL path (and so can never name anything outside the path
 * segment they sit in), which are in UUID form, and the one spelling a company is kept under.
 */
public final class CompanyIds {

    private static final String COMPANIES = "/companies/";
    private static final Pattern USABLE_IN_URL = Pattern.compile("[A-Za-z0-9._~-]{1,100}");

    private CompanyIds() {
    }

    /** 1 to 100 letters, digits, '.', '_', '~' or '-', but not "." or ".." (which a path would resolve away). */
    public static boolean usableInUrl(String id) {
        return id != null && USABLE_IN_URL.matcher(id).matches() && !id.equals(".") && !id.equals("..");
    }

    /** 8-4-4-4-12 hexadecimal digits (either case) joined by '-': checked by hand, as every request asks it. */
    public static boolean uuidForm(String id) {
        if (id.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = id.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            boolean hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (dash ? c != '-' : !hex) {
                return false;
            }
        }
        return true;
    }

    /**
     * The company id of a path under {@code /companies/{companyId}} as it is written there; null when the path names
     * none. Read without a regular expression, as every request asks it.
     */
    public static String inPath(String path) {
        if (!path.startsWith(COMPANIES)) {
            return null;
        }
        int end = path.indexOf('/', COMPANIES.length());
        String segment = path.substring(COMPANIES.length(), end < 0 ? path.length() : end);
        return segment.isEmpty() ? null : segment;
    }

    /** The id a company is kept and served under: UUID-form ids in lower case, others as given. */
    public static String normalise(String id) {
        return uuidForm(id) ? id.toLowerCase(Locale.ROOT) : id;
    }
}
