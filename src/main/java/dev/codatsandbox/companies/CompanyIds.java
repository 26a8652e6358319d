package dev.codatsandbox.companies;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules for company ids: which ids are usable in a URL path (and so can never name anything outside the path
 * segment they sit in), which are in UUID form, and the one spelling a company is kept under.
 */
public final class CompanyIds {

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern USABLE_IN_URL = Pattern.compile("[A-Za-z0-9._~-]{1,100}");

    private CompanyIds() {
    }

    /** 1 to 100 letters, digits, '.', '_', '~' or '-', but not "." or ".." (which a path would resolve away). */
    public static boolean usableInUrl(String id) {
        return id != null && USABLE_IN_URL.matcher(id).matches() && !id.equals(".") && !id.equals("..");
    }

    public static boolean uuidForm(String id) {
        return UUID_FORM.matcher(id).matches();
    }

    /** The id a company is kept and served under: UUID-form ids in lower case, others as given. */
    public static String normalise(String id) {
        return uuidForm(id) ? id.toLowerCase(Locale.ROOT) : id;
    }
}
