package dev.codatsandbox.journal;

import io.vertx.core.MultiMap;

/**
 * The answer a journaled request was sent, as kept beside its entry: the status (null when none was sent), the
 * response's headers as they went out, and what its body was made from (see {@link AnswerBodies}). The headers are
 * the response's own map, which nothing changes once the response has ended, so keeping an answer copies nothing.
 */
record JournalAnswer(Integer status, MultiMap headers, Object body) {
}
