package org.spatiallift.engine.project;

import java.time.Instant;
import java.util.Objects;

/**
 * One question and its answer in a stored chat.
 *
 * @param id         the turn's row id (increasing in the order asked)
 * @param chatId     the chat it belongs to
 * @param question   the question as asked
 * @param answer     the answer's text as shown
 * @param answerJson the whole answer (value, unit, interval, objects, steps, how it was measured) as JSON
 * @param askedAt    when (UTC)
 */
public record ChatTurn(long id, long chatId, String question, String answer, String answerJson, Instant askedAt) {

    public ChatTurn {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(answerJson, "answerJson");
        Objects.requireNonNull(askedAt, "askedAt");
    }
}
