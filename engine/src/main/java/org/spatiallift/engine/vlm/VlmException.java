package org.spatiallift.engine.vlm;

import java.util.Objects;

/**
 * A vision-language model request that failed: what kind of failure, the server's own message, the address asked
 * (never the API key: {@link Endpoints#redact} strips user info and query strings) and what to do. The message reads
 * "{@code <url>: <problem>. <advice>}". Front ends word the advice for their own controls from {@link #kind()}.
 */
public class VlmException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as a fact a front end can act on. */
    public enum Kind {
        /** The server refused the request as malformed (400); not retried. */
        BAD_REQUEST,
        /** The server or model cannot take images (no vision projector, a text-only model, images dropped). */
        NO_VISION,
        /** The API key is missing or refused (401, 403). */
        AUTH,
        /** No such model, or no chat completions at that address (404). */
        NOT_FOUND,
        /** Too many requests (429), still refused after the retries. */
        RATE_LIMITED,
        /** The server failed (5xx), still after the retries. */
        SERVER,
        /** No answer within the request timeout. */
        TIMEOUT,
        /** No connection: wrong address, server not running, refused or reset. */
        UNREACHABLE,
        /** An answer that is not an OpenAI-compatible chat completion. */
        BAD_RESPONSE;

        /** True when a later attempt may succeed without changing anything. */
        public boolean transientFailure() {
            return this == RATE_LIMITED || this == SERVER || this == TIMEOUT || this == UNREACHABLE;
        }
    }

    private final Kind kind;
    private final String url;
    private final int status;
    private final String problem;
    private final String serverMessage;
    private final String advice;

    /**
     * @param kind          what went wrong
     * @param url           the address asked, already redacted
     * @param status        the HTTP status, or 0 when there was no answer
     * @param problem       what went wrong, in words
     * @param serverMessage the server's own error message, or null
     * @param advice        what to do, a sentence without a full stop
     */
    public VlmException(Kind kind, String url, int status, String problem, String serverMessage, String advice,
                        Throwable cause) {
        super(url + ": " + problem + (advice == null || advice.isBlank() ? "" : ". " + advice), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.url = url;
        this.status = status;
        this.problem = problem;
        this.serverMessage = serverMessage;
        this.advice = advice;
    }

    public VlmException(Kind kind, String url, int status, String problem, String serverMessage, String advice) {
        this(kind, url, status, problem, serverMessage, advice, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The address asked (scheme, host, port and path; no user info, no query). */
    public String url() {
        return url;
    }

    /** The HTTP status, or 0 when the server gave no answer. */
    public int status() {
        return status;
    }

    /** What went wrong, in words, without the address and the advice. */
    public String problem() {
        return problem;
    }

    /** The server's own message, or null. */
    public String serverMessage() {
        return serverMessage;
    }

    /** What to do, a sentence without a full stop; null when nothing can be done but wait. */
    public String advice() {
        return advice;
    }
}
