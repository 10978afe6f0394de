package org.spatiallift.engine.project;

import java.time.Instant;
import java.util.Objects;

/**
 * The review decision on one QA.
 *
 * @param qaId            the QA's stable id
 * @param status          accepted, rejected or pending
 * @param editedQuestion  the question as the reviewer rewrote it, or null when unchanged
 * @param editedAnswer    the answer as the reviewer rewrote it, or null when unchanged
 * @param reviewer        who decided (the user name)
 * @param decidedAt       when (UTC)
 */
public record Review(String qaId, ReviewStatus status, String editedQuestion, String editedAnswer, String reviewer,
                     Instant decidedAt) {

    public Review {
        Objects.requireNonNull(qaId, "qaId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(decidedAt, "decidedAt");
        editedQuestion = blankToNull(editedQuestion);
        editedAnswer = blankToNull(editedAnswer);
    }

    public boolean edited() {
        return editedQuestion != null || editedAnswer != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
