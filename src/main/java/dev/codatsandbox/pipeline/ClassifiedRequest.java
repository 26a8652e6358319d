package dev.codatsandbox.pipeline;

import dev.codatsandbox.model.CompanyIds;
import io.vertx.ext.web.RoutingContext;

import java.util.Locale;

/**
 * What rules and the journal know of a request before it is served: its method, path, operation, company (the
 * {@code {companyId}} of a {@code /companies/{companyId}/...} path, in lower case; null when the path names none)
 * and, for a list, its page number (1 when not given; null when not a whole number).
 */
public record ClassifiedRequest(String method, String path, Operation operation, String company, Integer page) {

    /** Where {@link #of(RoutingContext)} keeps a request's classification for the next filter that asks. */
    private static final String KEY = "sandbox.classified-request";

    /** The classification of the request of {@code rc}, made once per request and shared by the filters. */
    public static ClassifiedRequest of(RoutingContext rc) {
        ClassifiedRequest classified = rc.get(KEY);
        if (classified == null) {
            classified = of(rc.request().method().name(), rc.normalizedPath(), rc.request().getParam("page"));
            rc.put(KEY, classified);
        }
        return classified;
    }

    public static ClassifiedRequest of(String method, String path, String pageParameter) {
        Operation operation = Operation.of(method, path);
        String inPath = CompanyIds.inPath(path);
        String company = inPath == null ? null : inPath.toLowerCase(Locale.ROOT);
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
