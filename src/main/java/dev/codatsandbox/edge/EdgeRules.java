package dev.codatsandbox.edge;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a request must be before any endpoint sees it: HTTP/1.0 or 1.1, a path as its target (or {@code *} with
 * OPTIONS), one valid {@code Host} header in HTTP/1.1, well-formed percent-encoding in path and query, a body no
 * larger than the limit, and a method other than {@code CONNECT} (this server is not a proxy). Each rule answers
 * with a message that names what was wrong.
 */
final class EdgeRules {

    /** {@code host[:port]}: a registered name or IPv4 address, or an IPv6 literal in brackets. */
    private static final Pattern HOST = Pattern.compile(
            "(?:\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9._~!$&'()*+,;=%-]*)(?::([0-9]{0,5}))?");

    private EdgeRules() {
    }

    static Optional<Rejection> check(HttpServerRequest request, EdgeLimits limits) {
        HttpVersion version = request.version();
        // HTTP/2 (upgraded from HTTP/1.1 with h2c, as java.net.http does by default, or with prior knowledge) is served
        if (version != HttpVersion.HTTP_1_0 && version != HttpVersion.HTTP_1_1 && version != HttpVersion.HTTP_2) {
            return Optional.of(Rejection.closing(505, "The request's HTTP version is not supported; use HTTP/1.1."));
        }
        if (request.method() == HttpMethod.CONNECT) {
            return Optional.of(Rejection.closing(501, "Method 'CONNECT' is not implemented: this server is not a"
                    + " proxy."));
        }
        String uri = request.uri();
        if ("*".equals(uri) && request.method() != HttpMethod.OPTIONS) {
            return Optional.of(Rejection.of(400, "The request target '*' is only valid with OPTIONS."));
        }
        if (!"*".equals(uri) && !uri.startsWith("/") && !uri.regionMatches(true, 0, "http://", 0, 7)
                && !uri.regionMatches(true, 0, "https://", 0, 8)) {
            return Optional.of(Rejection.of(400, "The request target '" + Printable.of(uri) + "' is not a path."));
        }
        Optional<Rejection> host = host(request, version);
        if (host.isPresent()) {
            return host;
        }
        Optional<Rejection> target = target(uri);
        if (target.isPresent()) {
            return target;
        }
        String contentLength = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (contentLength != null && exceeds(contentLength, limits.maxBodyBytes())) {
            return Optional.of(Rejection.closing(413, "The request body is larger than " + limits.maxBodyBytes()
                    + " bytes (" + EdgeLimits.BODY_KEY + ")."));
        }
        return Optional.empty();
    }

    private static Optional<Rejection> host(HttpServerRequest request, HttpVersion version) {
        List<String> hosts = request.headers().getAll(HttpHeaders.HOST);
        if (hosts.isEmpty()) {
            return version == HttpVersion.HTTP_1_1
                    ? Optional.of(Rejection.of(400, "The request has no Host header; HTTP/1.1 requires one."))
                    : Optional.empty();
        }
        if (hosts.size() > 1) {
            return Optional.of(Rejection.of(400, "The request has " + hosts.size() + " Host headers; send one."));
        }
        String host = hosts.get(0).trim();
        var matcher = HOST.matcher(host);
        boolean valid = !host.isEmpty() && matcher.matches()
                && (matcher.group(1) == null || matcher.group(1).isEmpty()
                        || Integer.parseInt(matcher.group(1)) <= 65535);
        return valid ? Optional.empty() : Optional.of(Rejection.of(400, "The Host header '" + Printable.of(host)
                + "' is not a valid host and port."));
    }

    /** The request target must be a URI whose every {@code %} starts a percent-encoded byte. */
    static Optional<Rejection> target(String uri) {
        if ("*".equals(uri)) {
            return Optional.empty();
        }
        Optional<Rejection> encoding = percentEncoding(uri);
        return encoding.isPresent() ? encoding : uriSyntax(uri);
    }

    /** Every {@code %} in path and query must start a percent-encoded byte ({@code %} and two hexadecimal digits). */
    static Optional<Rejection> percentEncoding(String uri) {
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        if (badEscape(path) >= 0) {
            return Optional.of(Rejection.of(400, "The request path '" + Printable.of(path) + "' has a '%' that is not"
                    + " followed by two hexadecimal digits."));
        }
        if (query < 0) {
            return Optional.empty();
        }
        for (String parameter : uri.substring(query + 1).split("&", -1)) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            String value = equals < 0 ? "" : parameter.substring(equals + 1);
            if (badEscape(name) >= 0) {
                return Optional.of(Rejection.of(400, "Query parameter name '" + Printable.of(name) + "' has a '%' that"
                        + " is not followed by two hexadecimal digits."));
            }
            if (badEscape(value) >= 0) {
                return Optional.of(Rejection.of(400, "Invalid value '" + Printable.of(value) + "' for query parameter '"
                        + Printable.of(name) + "': '%' must be followed by two hexadecimal digits."));
            }
        }
        return Optional.empty();
    }

    /** The target must be a URI (RFC 3986): a character such as a space, {@code |} or {@code "} must be encoded. */
    private static Optional<Rejection> uriSyntax(String uri) {
        try {
            new URI(uri);
            return Optional.empty();
        } catch (URISyntaxException e) {
            int index = e.getIndex();
            String character = index >= 0 && index < uri.length()
                    ? " ('" + Printable.of(String.valueOf(uri.charAt(index))) + "' at position " + (index + 1) + ")"
                    : "";
            return Optional.of(Rejection.of(400, "The request target '" + Printable.of(uri) + "' is not a valid URI"
                    + character + "; characters outside RFC 3986 must be percent-encoded."));
        }
    }

    private static int badEscape(String text) {
        for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
            if (i + 2 >= text.length() || !hex(text.charAt(i + 1)) || !hex(text.charAt(i + 2))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean exceeds(String contentLength, long limit) {
        String digits = contentLength.trim();
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Long.parseLong(digits) > limit;
    }
}
