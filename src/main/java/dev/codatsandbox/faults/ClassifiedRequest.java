package dev.codatsandbox.faults;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What rules and the journal know of a request before it is served: its method, path, operation, company (the
 * {@code {companyId}} of a {@code /companies/{companyId}/...} path, in lower case; null when the path names none)
 * and, for a list, its page number (1 when not given; null when not a whole number).
 */
public record ClassifiedRequest(String method, String path, Operation operation, String company, Integer page) {

    private static final Pattern COMPANY = Pattern.compile("/companies/([^/]+)(/.*)?");

    public static ClassifiedRequest of(String method, String path, String pageParameter) {
        Operation operation = Operation.of(method, path);
        Matcher matcher = COMPANY.matcher(path);
        String company = matcher.matches() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
        Integer page = null;
        if (operation == Operation.LIST) {
            page = pageParameter == null || pageParameter.isEmpty() ? Integer.valueOf(1) : wholeNumber(pageParameter);
        }
        return new ClassifiedRequest(method.toUpperCase(Locale.ROOT), path, operation, company, page);
    }

    private static Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
