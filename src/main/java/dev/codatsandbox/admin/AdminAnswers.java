package dev.codatsandbox.admin;

import dev.codatsandbox.errors.CodatApiException;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The answers the admin API's collections share (fault rules, webhook consumers, webhook fault rules): what a POST
 * added, one thing or several, and what a DELETE of one thing answers.
 */
final class AdminAnswers {

    private AdminAnswers() {
    }

    /**
     * 201 with what was added: all of it when the body was a JSON array, else the one thing, with its
     * {@code Location} ({@code collection/id}).
     */
    static <T> Response added(String body, List<T> added, Function<T, String> id, String collection) {
        if (body != null && body.trim().startsWith("[")) {
            return Response.status(201).entity(added).build();
        }
        return Response.created(URI.create(collection + "/" + id.apply(added.get(0)))).entity(added.get(0)).build();
    }

    /** 204 when the thing was deleted, else the 404 {@code notFound} makes. */
    static Response deleted(boolean found, Supplier<CodatApiException> notFound) {
        if (!found) {
            throw notFound.get();
        }
        return Response.noContent().build();
    }
}
