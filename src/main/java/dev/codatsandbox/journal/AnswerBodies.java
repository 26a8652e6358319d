package dev.codatsandbox.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codatsandbox.paging.Page;
import dev.codatsandbox.wire.CustomerPageWriter;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a kept answer's body again, byte for byte as it was sent, when someone asks to see it: text and bytes a
 * stage wrote itself are kept as they are; an entity goes through the writer the REST layer used (the page writer
 * for a page of customers, the application's Jackson mapper for the rest). The entities are immutable records and
 * the writers deterministic, so the bytes are those sent; {@code JournalAnswerTest} compares them with what a client
 * received. Writing only on demand keeps the journal off the cost of every request.
 */
@ApplicationScoped
public class AnswerBodies {

    private final RequestJournal journal;
    private final CustomerPageWriter pages;
    private final ObjectMapper json;

    AnswerBodies(RequestJournal journal, CustomerPageWriter pages, ObjectMapper json) {
        this.journal = journal;
        this.pages = pages;
        this.json = json;
    }

    /**
     * The answer sent to the request with this sequence number: empty when the journal no longer keeps it (or never
     * did). Its body is null when no answer was sent or its body was not one the sandbox can write again.
     */
    public Optional<SentAnswer> answer(long sequence) {
        return journal.answer(sequence).map(kept -> {
            Map<String, String> headers = new LinkedHashMap<>();
            if (kept.status() != null) {
                for (String name : kept.headers().names()) {
                    headers.put(name, String.join(", ", kept.headers().getAll(name)));
                }
            }
            return new SentAnswer(sequence, kept.status(), headers, bytes(kept).orElse(null));
        });
    }

    /** An answer as it was sent: status, headers and body bytes. */
    public record SentAnswer(long sequence, Integer status, Map<String, String> headers, byte[] body) {
    }

    /** The body sent, or empty when none was kept (no answer, or one the sandbox did not write). */
    Optional<byte[]> bytes(JournalAnswer answer) {
        Object body = answer.body();
        if (body == null || body instanceof InputStream || body instanceof File || body instanceof Path
                || body.getClass().getName().startsWith("io.vertx.")) {
            return Optional.empty();
        }
        if (body instanceof byte[] bytes) {
            return Optional.of(bytes);
        }
        if (body instanceof String text) {
            return Optional.of(text.getBytes(StandardCharsets.UTF_8));
        }
        if (body instanceof Page<?> page) {
            return Optional.of(pages.bytes(page));
        }
        try {
            return Optional.of(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A journaled answer could not be written again", e);
        }
    }
}
